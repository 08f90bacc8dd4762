using System.Text.Json.Nodes;
using DanVanBot.Cards.Data;

namespace DanVanBot.Cards.Tests.Support;

/// <summary>A named data set for one template; <see cref="Data"/> is what the template sees as $root.</summary>
public sealed record SampleCard(string Name, string CardName, JsonNode? Data, bool Typed)
{
    public override string ToString() => Name;
}

/// <summary>Realistic data from the sample plans, plus empty, sparse, long and raw (hand-written JSON) variants.</summary>
public static class SampleCards
{
    private static readonly DateOnly Today = new(2026, 11, 21);

    public static IEnumerable<SampleCard> All() =>
        Help().Concat(DueList()).Concat(UnitPicker()).Concat(PlanPreview()).Concat(SetDate()).Concat(Nudge());

    public static TheoryData<SampleCard> Theory()
    {
        var data = new TheoryData<SampleCard>();
        foreach (var sample in All()) data.Add(sample);
        return data;
    }

    private static SampleCard Typed<T>(string name, string card, T data) => new(name, card, CardJson.ToData(data), Typed: true);

    private static SampleCard Raw(string name, string card, string json) => new(name, card, JsonNode.Parse(json), Typed: false);

    private static IEnumerable<SampleCard> Help()
    {
        yield return Typed("help: welcome with name", CardNames.Help, new HelpCardData(true, "Nguyễn Thị Hồng Nhung", "Phòng Nội vụ"));
        yield return Typed("help: welcome without name", CardNames.Help, new HelpCardData(true));
        yield return Typed("help: help page", CardNames.Help, new HelpCardData(false, "Trần Văn Bình"));
        yield return Raw("help: raw empty object", CardNames.Help, "{}");
    }

    public static DueListCardData LongDueList(int count) => new(
        "tháng 11/2026",
        Enumerable.Range(0, count).Select(i => DueListItem.Create(
            $"Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng cuối năm 2026, kèm phụ lục số liệu (đợt {i + 1})",
            i % 2 == 0 ? "UBND phường Trương Quang Trọng" : "Văn phòng HĐND và UBND quận Bình Tân",
            Today.AddDays(i - 3),
            Today,
            "102/KH-UBND-NV",
            $"IV.{i % 5 + 1}",
            Today.AddDays(i - 3).DayOfWeek == DayOfWeek.Sunday ? Today.AddDays(i - 5) : null,
            (UnitReportStatus)(i % 3))).ToList(),
        MoreToken: "eyJwYWdlIjoyLCJtb250aCI6IjIwMjYtMTEifQ");

    private static IEnumerable<SampleCard> DueList()
    {
        yield return Typed("due-list: three items, all statuses", CardNames.DueList, new DueListCardData("tháng 11/2026",
        [
            DueListItem.Create("Báo cáo 6 tháng cuối năm về công tác dân vận chính quyền", "Cơ quan Tổ chức - Nội vụ",
                new DateOnly(2026, 11, 24), Today, "40/KH-UBND", "IV.2", askerStatus: UnitReportStatus.NotSubmitted),
            DueListItem.Create("Tự chấm điểm kèm tài liệu kiểm chứng", "Văn phòng - Thống kê",
                new DateOnly(2026, 11, 22), Today, "102/KH-UBND-NV", submitBy: new DateOnly(2026, 11, 20), askerStatus: UnitReportStatus.Late),
            DueListItem.Create("Kiểm tra việc thực hiện Quy chế dân chủ ở cơ sở", "Phòng Nội vụ",
                Today, Today, "102/KH-UBND-NV", "III.1", askerStatus: UnitReportStatus.Submitted),
        ]));
        yield return Typed("due-list: overdue without status or section", CardNames.DueList, new DueListCardData("tuần này",
        [
            DueListItem.Create("Báo cáo quý IV", "Thanh tra quận", new DateOnly(2026, 11, 18), Today, "Số: /KH-UBND"),
        ]));
        yield return Typed("due-list: ten items with more", CardNames.DueList, LongDueList(10));
        yield return Typed("due-list: empty with next deadline", CardNames.DueList, new DueListCardData("tháng 11/2026", [],
            NextDeadline: new NextDeadline("Báo cáo năm 2026", "Thứ Ba, 15/12/2026", "Phòng Văn hóa - Xã hội")));
        yield return Typed("due-list: empty, nothing upcoming", CardNames.DueList, new DueListCardData("quý IV/2026", []));
        yield return Raw("due-list: raw, items missing", CardNames.DueList, """{"periodLabel":"tháng 12/2026"}""");
        yield return Raw("due-list: raw, next deadline without unit", CardNames.DueList,
            """{"periodLabel":"tháng 1/2027","items":[],"nextDeadline":{"description":"Báo cáo quý I","dueDateText":"Thứ Hai, 15/03/2027"}}""");
    }

    private static IEnumerable<SampleCard> UnitPicker()
    {
        UnitChoice[] units =
        [
            new("u-nv", "Phòng Nội vụ", "UBND quận Ba Đình"),
            new("u-vp", "Văn phòng HĐND và UBND", "UBND quận 7"),
            new("u-tt", "Thanh tra quận", "UBND quận Bình Tân"),
            new("u-vptk", "Văn phòng - Thống kê", "UBND phường Trương Quang Trọng"),
            new("u-tcnv", "Cơ quan Tổ chức - Nội vụ"),
        ];
        yield return Typed("unit-picker: first time", CardNames.UnitPicker, new UnitPickerCardData(units));
        yield return Typed("unit-picker: error keeps choice", CardNames.UnitPicker,
            new UnitPickerCardData(units, "u-tt", "Không lưu được đơn vị, anh/chị vui lòng thử lại."));
        yield return Typed("unit-picker: no units", CardNames.UnitPicker, new UnitPickerCardData([]));
        yield return Typed("unit-picker: sixty units", CardNames.UnitPicker, new UnitPickerCardData(
            Enumerable.Range(1, 60).Select(i => new UnitChoice($"u-{i}", $"UBND phường {i}", "UBND thành phố Quảng Ngãi")).ToList()));
    }

    private static IEnumerable<SampleCard> PlanPreview()
    {
        yield return Typed("plan-preview: Cầu Ngang plan", CardNames.PlanPreview, new PlanPreviewCardData(
            "imp-2026-0001", "40/KH-UBND", "UBND huyện Cầu Ngang",
            "Thực hiện công tác dân vận chính quyền năm 2022",
            [
                new("Báo cáo 06 tháng về UBND huyện (qua Cơ quan Tổ chức - Nội vụ)", "Thứ Tư, 15/06/2022", "IV.2", "Các cơ quan, đơn vị, địa phương"),
                new("Báo cáo năm về UBND huyện", "Thứ Năm, 15/12/2022", "IV.2"),
                new("Tham mưu tổ chức hội nghị sơ kết", Section: "III.4", UnitsText: "Cơ quan Tổ chức - Nội vụ"),
            ],
            ["Cơ quan Tổ chức - Nội vụ", "Văn phòng HĐND và UBND huyện", "UBND các xã, thị trấn"],
            "13/04/2022", "Năm 2022", "Cơ quan Tổ chức - Nội vụ"));
        yield return Typed("plan-preview: blank number, no obligations", CardNames.PlanPreview, new PlanPreviewCardData(
            "imp-2026-0002", "Số: /KH-UBND", "UBND quận Bình Tân", "Về thực hiện công tác dân vận chính quyền", [], []));
        yield return Typed("plan-preview: forty undated obligations", CardNames.PlanPreview, new PlanPreviewCardData(
            "imp-2026-0003", "102/KH-UBND-NV", "UBND Quận 7", "Thực hiện công tác Dân vận Chính quyền năm 2022",
            Enumerable.Range(1, 40).Select(i => new PlanObligationPreview($"Nhiệm vụ số {i}: tuyên truyền, phổ biến pháp luật cho nhân dân")).ToList(),
            Enumerable.Range(1, 10).Select(i => $"UBND Phường {i}").ToList(),
            "30/03/2022", "Năm 2022", "Phòng Nội vụ"));
    }

    private static IEnumerable<SampleCard> SetDate()
    {
        yield return Typed("set-date: first time", CardNames.SetDate, new SetDateCardData(
            "ob-17", "Kiểm tra việc thực hiện công tác dân vận chính quyền tại các đơn vị", "KH 102/KH-UBND-NV, mục IV.3"));
        yield return Typed("set-date: error keeps the date", CardNames.SetDate, new SetDateCardData(
            "ob-17", "Kiểm tra việc thực hiện công tác dân vận chính quyền", DueDate: new DateOnly(2026, 2, 28), Error: "Hạn phải sau ngày ban hành kế hoạch (30/03/2022)."));
        yield return Raw("set-date: raw, only ids", CardNames.SetDate, """{"obligationId":"ob-3","description":"Báo cáo năm"}""");
    }

    private static IEnumerable<SampleCard> Nudge()
    {
        yield return Typed("nudge: before a holiday deadline", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "Nhắc hạn: còn 3 ngày làm việc", "Báo cáo 6 tháng", "Phòng Nội vụ",
            "Thứ Bảy, 30/04/2022", "còn 3 ngày làm việc", "Kế hoạch 102/KH-UBND-NV, mục IV.2",
            NonWorkingNote: "30/04/2022 là ngày nghỉ (Ngày Chiến thắng): nên nộp trước hết Thứ Sáu, 29/04/2022."));
        yield return Typed("nudge: overdue, acknowledged", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "Quá hạn 2 ngày làm việc", "Báo cáo năm", "UBND xã Mỹ Long Nam",
            "Thứ Hai, 24/11/2025", "quá hạn 2 ngày làm việc", "Kế hoạch 40/KH-UBND, mục IV.1", Overdue: true, Acknowledged: true));
        yield return Typed("nudge: unit reported", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "Nhắc hạn", "Báo cáo năm", "Phòng Nội vụ", "Thứ Hai, 24/11/2025",
            "hôm nay là hạn cuối", "Kế hoạch (không số)", StatusText: "Đơn vị đã nộp.", ShowActions: false));
    }
}
