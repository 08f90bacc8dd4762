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
        Help().Concat(AnswerList()).Concat(RosterJoin()).Concat(RosterApproval()).Concat(RosterTeam()).Concat(PlanPreview()).Concat(SetDate())
            .Concat(ReportForm()).Concat(ReportReceipt()).Concat(ReportChoice())
            .Concat(ReportCompliance()).Concat(ReportView()).Concat(ReportUnit()).Concat(Nudge()).Concat(NudgeOverview());

    public static TheoryData<SampleCard> Theory()
    {
        var data = new TheoryData<SampleCard>();
        foreach (var sample in All()) data.Add(sample);
        return data;
    }

    private static SampleCard Typed<T>(string name, string card, T data) => new(name, card, CardJson.ToData(data), Typed: true);

    private static SampleCard Raw(string name, string card, string json) => new(name, card, JsonNode.Parse(json), Typed: false);

    /// <summary>The topics and buttons the help card shows a coordinator (sample wording; the app builds its own).</summary>
    public static HelpCardData HelpPage(bool welcome, string? userName = null, string? unitName = null) => new(welcome,
        [
            new("Hỏi hạn báo cáo", "“tháng này có gì đến hạn?”, “hạn báo cáo 6 tháng?”"),
            new("Nhiệm vụ của đơn vị", "“nhiệm vụ của đơn vị tôi?”, hoặc hỏi kèm tên đơn vị"),
            new("Tìm kế hoạch", "“tìm kế hoạch năm 2025”"),
            new("Việc chưa có hạn (cơ quan đầu mối)", "“việc chưa có hạn”"),
        ],
        [new("Hạn tháng này", "tháng này có gì đến hạn?"), new("Nhiệm vụ của tôi", "nhiệm vụ của đơn vị tôi?")],
        userName, unitName);

    private static IEnumerable<SampleCard> Help()
    {
        yield return Typed("help: welcome with name", CardNames.Help, HelpPage(true, "Nguyễn Thị Hồng Nhung", "Phòng Nội vụ"));
        yield return Typed("help: welcome without name", CardNames.Help, HelpPage(true));
        yield return Typed("help: help page", CardNames.Help, HelpPage(false, "Trần Văn Bình"));
        yield return Raw("help: raw empty object", CardNames.Help, "{}");
    }

    /// <summary>A page of <paramref name="count"/> long lines, the worst case for size.</summary>
    public static AnswerListCardData LongAnswerList(int count) => new(
        "Đến hạn trong tháng 11/2026",
        Enumerable.Range(0, count).Select(i => new AnswerListItem(
            $"Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng cuối năm 2026, kèm phụ lục số liệu (đợt {i + 1})",
            $"KH 102/KH-UBND-NV, mục IV.{i % 5 + 1}",
            i % 2 == 0 ? "UBND phường Trương Quang Trọng" : "UBND quận Bình Tân",
            "Văn phòng HĐND và UBND quận Bình Tân, UBND 10 Phường",
            i % 3 == 0 ? DatePhrases.DateList([Today.AddDays(i - 40), Today.AddDays(i - 3)]) : null,
            "Hạn cuối: " + VietnameseDates.WeekdayAndDate(Today.AddDays(i - 3)),
            DatePhrases.TimingOf(Today.AddDays(i - 3), Today),
            DatePhrases.Timing(Today.AddDays(i - 3), Today),
            i % 4 == 0 ? DatePhrases.DayOffNote(Today.AddDays(i - 3), Today.AddDays(i - 4), isHoliday: false) : null,
            AskerStatus: (UnitReportStatus)(i % 3))).ToList(),
        MoreToken: "v2|20261121|10|tháng này có gì đến hạn");

    private static IEnumerable<SampleCard> AnswerList()
    {
        yield return Typed("answer-list: due, three lines, all statuses", CardNames.AnswerList, new AnswerListCardData("Đến hạn trong tháng 11/2026",
        [
            new("Báo cáo năm", "KH 40/KH-UBND, mục IV.2", Units: "Các cơ quan, đơn vị, địa phương",
                DueText: "Hạn cuối: Thứ Ba, 24/11/2026", Timing: DueTiming.Upcoming, TimingText: "còn 3 ngày", AskerStatus: UnitReportStatus.NotSubmitted),
            new("Báo cáo 6 tháng", "KH 102/KH-UBND-NV, mục III.2", "UBND Quận 7", "UBND 10 Phường",
                DueText: "Hạn cuối: Thứ Bảy, 30/04/2022", Timing: DueTiming.Overdue, TimingText: "đã quá hạn",
                DayOffNote: DatePhrases.DayOffNote(new DateOnly(2022, 4, 30), new DateOnly(2022, 4, 29), isHoliday: true), AskerStatus: UnitReportStatus.Late),
            new("Tự chấm điểm kèm tài liệu kiểm chứng", "KH của UBND phường Trương Quang Trọng (năm 2023)", Units: "Văn phòng - Thống kê",
                DueText: "Hạn cuối: Thứ Bảy, 21/11/2026", Timing: DueTiming.Today, TimingText: "hôm nay", AskerStatus: UnitReportStatus.Submitted,
                SubmittedOnText: "20/11/2026"),
            new("Báo cáo quý III", "KH 40/KH-UBND", Units: "Phòng Nội vụ", DueText: "Hạn cuối: Thứ Ba, 15/09/2026", Timing: DueTiming.Overdue,
                TimingText: "đã quá hạn", AskerStatus: UnitReportStatus.SubmittedLate, SubmittedOnText: "18/09/2026"),
            new("Báo cáo 6 tháng cuối năm về công tác dân vận chính quyền", "KH 40/KH-UBND, mục IV.2", Units: "Cơ quan Tổ chức - Nội vụ",
                DueText: "Hạn cuối: Thứ Ba, 24/11/2026", Timing: DueTiming.Upcoming, TimingText: "còn 3 ngày", AskerStatus: UnitReportStatus.NotSubmitted,
                ReportOccurrenceId: "occ-6-thang"),
        ]));
        yield return Typed("answer-list: tasks, grouped dates and undated", CardNames.AnswerList, new AnswerListCardData("Nhiệm vụ của Phòng Nội vụ",
        [
            new("Các đơn vị gửi báo cáo tình hình công tác dân vận chính quyền", "KH của UBND quận Ba Đình (năm 2025)", Units: "Các đơn vị",
                DatesText: DatePhrases.DateList([new(2025, 3, 15), new(2025, 6, 15), new(2025, 9, 15), new(2025, 12, 15)]),
                DueText: "Hạn gần nhất: Thứ Hai, 15/12/2025", Timing: DueTiming.Upcoming, TimingText: "còn 20 ngày"),
            new("Tổng hợp báo cáo quý, 6 tháng, năm", "KH 102/KH-UBND-NV", Units: "Phòng Nội vụ", Timing: DueTiming.Undated),
        ], Note: "Chỉ gồm các kế hoạch đang thực hiện. Hỏi kèm năm để xem kế hoạch đã kết thúc, ví dụ “nhiệm vụ của Phòng Nội vụ năm 2022”."));
        yield return Typed("answer-list: search", CardNames.AnswerList, new AnswerListCardData("Tìm thấy 2 kế hoạch",
        [
            new("Thực hiện công tác dân vận chính quyền trên địa bàn huyện Cầu Ngang giai đoạn 2022 - 2026", "KH 40/KH-UBND", "UBND huyện Cầu Ngang"),
            new("Triển khai công tác Dân vận chính quyền năm 2025", "KH của UBND quận Ba Đình (năm 2025)", "UBND quận Ba Đình"),
        ]));
        yield return Typed("answer-list: missing", CardNames.AnswerList, new AnswerListCardData("Đơn vị chưa nộp báo cáo có hạn trong năm 2022",
        [
            new("Báo cáo 6 tháng", "KH 102/KH-UBND-NV, mục III.2", DueText: "Hạn cuối: Thứ Bảy, 30/04/2022", Timing: DueTiming.Overdue,
                TimingText: "quá hạn 5 ngày", MissingUnits: "Các cơ quan, đơn vị thuộc Quận, UBND 10 Phường"),
        ]));
        yield return Typed("answer-list: ten long lines with more", CardNames.AnswerList, LongAnswerList(10));
        yield return Typed("answer-list: empty with next deadline", CardNames.AnswerList, new AnswerListCardData("Đến hạn trong tháng 11/2026", [],
            EmptyText: "Không có hạn nào trong tháng 11/2026.",
            NextDeadline: new NextDeadline("Báo cáo năm 2026", "Thứ Ba, 15/12/2026", "Phòng Văn hóa - Xã hội")));
        yield return Typed("answer-list: empty, nothing upcoming", CardNames.AnswerList, new AnswerListCardData("Đến hạn trong quý 4/2026", [],
            EmptyText: "Chưa có hạn nào sắp tới trong các kế hoạch đã xuất bản."));
        yield return Raw("answer-list: raw, items missing", CardNames.AnswerList, """{"heading":"Đến hạn trong tháng 12/2026"}""");
        yield return Raw("answer-list: raw, next deadline without unit", CardNames.AnswerList,
            """{"heading":"Đến hạn trong tháng 1/2027","items":[],"nextDeadline":{"description":"Báo cáo quý I","dueDateText":"Thứ Hai, 15/03/2027"}}""");
    }

    private static IEnumerable<SampleCard> RosterJoin()
    {
        UnitChoice[] units =
        [
            new("u-nv", "Phòng Nội vụ", "UBND quận Ba Đình"),
            new("u-vp", "Văn phòng HĐND và UBND", "UBND quận 7"),
            new("u-tt", "Thanh tra quận", "UBND quận Bình Tân"),
            new("u-vptk", "Văn phòng - Thống kê", "UBND phường Trương Quang Trọng"),
            new("u-tcnv", "Cơ quan Tổ chức - Nội vụ"),
        ];
        yield return Typed("roster-join: empty", CardNames.RosterJoin, new RosterJoinCardData(null, []));
        yield return Typed("roster-join: results, one chosen, head", CardNames.RosterJoin,
            new RosterJoinCardData("noi vu", units, Searched: true, SelectedUnitId: "u-nv", Role: "unit-head"));
        yield return Typed("roster-join: search kept, folded", CardNames.RosterJoin, new RosterJoinCardData("noi vu ba dinh", units[..1], Searched: true));
        yield return Typed("roster-join: nothing found, error, pending", CardNames.RosterJoin,
            new RosterJoinCardData("xyz", [], Searched: true, Error: "Anh/chị chưa chọn đơn vị.", Pending: "Thanh tra quận — UBND quận Bình Tân"));
        yield return Typed("roster-join: ten results", CardNames.RosterJoin, new RosterJoinCardData("ubnd phuong",
            Enumerable.Range(1, 10).Select(i => new UnitChoice($"u-{i}", $"UBND phường {i}", "UBND thành phố Quảng Ngãi")).ToList(), Searched: true));
        yield return Raw("roster-join: raw empty object", CardNames.RosterJoin, "{}");
    }

    private static IEnumerable<SampleCard> RosterApproval()
    {
        yield return Typed("roster-approval: pending", CardNames.RosterApproval, new JoinApprovalCardData(
            "req-1", "Trần Thị Bình", "binh@quan7.gov.vn", "Thanh tra quận", "UBND Quận 7", "Cán bộ của đơn vị"));
        yield return Typed("roster-approval: decided, no upn", CardNames.RosterApproval, new JoinApprovalCardData(
            "req-2", "Lê Văn Cường", null, "Phòng Nội vụ", "UBND quận Ba Đình", "Lãnh đạo đơn vị", "✅ Đã duyệt bởi Nguyễn Văn An lúc 09:15 21/11/2026."));
    }

    private static IEnumerable<SampleCard> RosterTeam()
    {
        yield return Typed("roster-team: three members", CardNames.RosterTeam, new TeamMembersCardData(
            "3 thành viên. Chọn những người cần gán, gõ tên đơn vị và chọn vai trò.",
            [
                new("oid-1", "Nguyễn Văn An — an@quan7.gov.vn"),
                new("oid-2", "Trần Thị Bình — binh@quan7.gov.vn (đã có: Phòng Nội vụ)"),
                new("oid-3", "Lê Văn Cường"),
            ]));
        yield return Typed("roster-team: error keeps the input", CardNames.RosterTeam, new TeamMembersCardData(
            "2 thành viên.", [new("oid-1", "Nguyễn Văn An"), new("oid-2", "Trần Thị Bình")], "oid-1,oid-2", "phong noi", "coordinator",
            "Không xác định được đơn vị “phong noi”."));
        yield return Typed("roster-team: fifty members", CardNames.RosterTeam, new TeamMembersCardData("50 thành viên.",
            Enumerable.Range(1, 50).Select(i => new TeamMemberChoice($"oid-{i}", $"Cán bộ số {i} — canbo{i}@quangngai.gov.vn")).ToList()));
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
        yield return Typed("plan-preview: công văn awaiting confirmation", CardNames.PlanPreview, new PlanPreviewCardData(
            "imp-2026-0004", "58/UBND-VHXH", "UBND phường An Khánh", "V/v báo cáo công tác dân vận chính quyền năm 2026",
            [new("Báo cáo quý", "06/03/2026, 06/06/2026, 06/09/2026, 06/12/2026", UnitsText: "Các khu phố")], [],
            "09/01/2026", "Năm 2026", KindNotice: "Văn bản này là công văn, không phải kế hoạch. Tôi đọc được 1 nhiệm vụ từ văn bản; anh/chị kiểm tra rồi bấm “Xuất bản” để vẫn nhập các hạn này, hoặc “Hủy” nếu không cần."));
    }

    private static IEnumerable<SampleCard> SetDate()
    {
        yield return Typed("set-date: first time", CardNames.SetDate, new SetDateCardData(
            "ob-17", "Kiểm tra việc thực hiện công tác dân vận chính quyền tại các đơn vị", "KH 102/KH-UBND-NV, mục IV.3"));
        yield return Typed("set-date: error keeps the date", CardNames.SetDate, new SetDateCardData(
            "ob-17", "Kiểm tra việc thực hiện công tác dân vận chính quyền", DueDate: new DateOnly(2026, 2, 28), Error: "Hạn phải sau ngày ban hành kế hoạch (30/03/2022)."));
        yield return Raw("set-date: raw, only ids", CardNames.SetDate, """{"obligationId":"ob-3","description":"Báo cáo năm"}""");
    }

    private static IEnumerable<SampleCard> ReportForm()
    {
        yield return Typed("report-form: fresh", CardNames.ReportForm, new ReportFormCardData(
            "occ-1", "unit-1", "5b0f4c1e-8f3a-4d7e-9a51-0f2b8e6c1d23", "1", "Báo cáo kết quả thực hiện công tác Dân vận Chính quyền",
            "UBND 10 Phường", "6 tháng đầu năm 2022", "30/04/2022"));
        yield return Typed("report-form: amendment with problems", CardNames.ReportForm, new ReportFormCardData(
            "occ-1", "unit-1", "5b0f4c1e-8f3a-4d7e-9a51-0f2b8e6c1d23", "1", "Báo cáo năm 2022", "Phòng Văn hóa và Thông tin",
            CurrentVersion: 2, Error: "Báo cáo chưa được gửi.", ResultsError: "Vui lòng nhập kết quả thực hiện.",
            PercentCompleteError: "Tỷ lệ hoàn thành phải từ 0 đến 100.", DocumentReferenceError: "Nội dung quá dài: tối đa 500 ký tự."));
        yield return Raw("report-form: raw, only ids", CardNames.ReportForm, """{"occurrenceId":"o","unitId":"u","submissionId":"s","obligation":"Báo cáo quý","unitName":"Phòng Nội vụ","currentVersion":0}""");
    }

    private static IEnumerable<SampleCard> ReportReceipt()
    {
        yield return Typed("report-receipt: on time", CardNames.ReportReceipt, new ReportReceiptCardData(
            "occ-1", "unit-1", "BC-1A2B3C4D-1", "09:00 01/04/2022", "1", "Báo cáo 6 tháng", "UBND 10 Phường", "Đúng hạn", false,
            "6 tháng đầu năm 2022", "30/04/2022", "Lê Văn Cường", "3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        yield return Typed("report-receipt: late, no period", CardNames.ReportReceipt, new ReportReceiptCardData(
            "occ-1", "unit-1", "BC-1A2B3C4D-3", "16:45 12/05/2022", "3", "Báo cáo năm", "Phòng Nội vụ", "Trễ hạn 12 ngày", true));
        yield return Typed("report-receipt: group, the submitter's view", CardNames.ReportReceipt, new ReportReceiptCardData(
            "occ-1", "unit-1", "BC-1A2B3C4D-1", "09:00 01/04/2022", "1", "Báo cáo 6 tháng", "UBND 10 Phường", "Đúng hạn", false,
            AuthorName: "Lê Văn Cường", ReportId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301", SubmissionId: "9b2c6f0e-1d4a-4c3b-8e7f-2a1b3c4d5e6f",
            RefreshUserId: "29:1a2b3c-reporter"));
        yield return Typed("report-receipt: group, everyone else's view", CardNames.ReportReceipt, new ReportReceiptCardData(
            "occ-1", "unit-1", "BC-1A2B3C4D-1", "09:00 01/04/2022", "1", "Báo cáo 6 tháng", "UBND 10 Phường", "Đúng hạn", false,
            AuthorName: "Lê Văn Cường", ReportId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301", SubmissionId: "9b2c6f0e-1d4a-4c3b-8e7f-2a1b3c4d5e6f",
            RefreshUserId: "29:1a2b3c-reporter", Shared: true));
    }

    private static IEnumerable<SampleCard> ReportChoice()
    {
        yield return Typed("report-choice: two", CardNames.ReportChoice, new ReportChoiceCardData(
        [
            new ReportChoiceItem("occ-1", "unit-1", "Báo cáo 6 tháng", "UBND 10 Phường", "30/04/2022"),
            new ReportChoiceItem("occ-2", "unit-2", "Báo cáo quý II", "Phòng Nội vụ", "15/06/2022"),
        ]));
        yield return Typed("report-choice: empty", CardNames.ReportChoice, new ReportChoiceCardData([]));
        yield return Typed("report-choice: blank forms", CardNames.ReportChoice, new ReportChoiceCardData(
            [new ReportChoiceItem("occ-1", "unit-1", "Báo cáo 6 tháng", "UBND 10 Phường", "30/04/2022")], "report.template"));
    }

    private static IEnumerable<SampleCard> ReportCompliance()
    {
        yield return Typed("report-compliance: one occurrence", CardNames.ReportCompliance, new ComplianceCardData("tháng 4/2022",
        [
            new ComplianceCardOccurrence("Báo cáo 6 tháng", "30/04/2022", "1", "1", "1", "UBND 10 Phường",
                "Phòng Văn hóa và Thông tin (3 ngày)", "Các cơ quan, đơn vị thuộc Quận (quá hạn 2 ngày)",
                [new ComplianceCardReport("r-1", "UBND 10 Phường"), new ComplianceCardReport("r-2", "Phòng Văn hóa và Thông tin")]),
        ], "UBND Quận 7", More: "Còn 3 nhiệm vụ khác có hạn trong kỳ này.", Export: new ComplianceCardExport("2022-04-01", "2022-04-30")));
        yield return Typed("report-compliance: nothing due", CardNames.ReportCompliance, new ComplianceCardData("tháng 2/2022", [],
            "UBND Quận 7", "Báo cáo năm 2021 (UBND Quận 7), hạn 15/12/2021", "Báo cáo 6 tháng (UBND Quận 7), hạn 30/04/2022"));
        yield return Typed("report-compliance: nothing due, nothing around", CardNames.ReportCompliance, new ComplianceCardData("năm 2030", []));
    }

    private static IEnumerable<SampleCard> ReportUnit()
    {
        yield return Typed("report-unit: two reports, one returned", CardNames.ReportUnit, new ReportUnitCardData("UBND 10 Phường",
        [
            new ReportUnitItem("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "Báo cáo 6 tháng (hạn 30/04/2022)", "đã nộp ngày 01/04/2022 — đã bị trả lại để sửa"),
            new ReportUnitItem("3f2504e0-4f89-11d3-9a0c-0305e82c3302", "Báo cáo quý I (hạn 15/03/2022)", "nộp trễ ngày 18/03/2022 (trễ 3 ngày)"),
        ]));
    }

    private static IEnumerable<SampleCard> ReportView()
    {
        yield return Typed("report-view: current with versions", CardNames.ReportView, new ReportViewCardData(
            "UBND 10 Phường", "Báo cáo 6 tháng", "30/04/2022", "2 (hiện hành)", "09:00 01/04/2022", "Đúng hạn",
            [new ReportViewField("Kết quả thực hiện", "Đã tổ chức 15 buổi tiếp dân."), new ReportViewField("Tiến độ", "Hoàn thành")],
            [new ReportViewVersion("r-1", "1", "Phiên bản 1 (01/04/2022)")], "Lê Văn Cường", "bao-cao.pdf"));
        yield return Typed("report-view: single version", CardNames.ReportView, new ReportViewCardData(
            "Phòng Nội vụ", "Báo cáo năm", "chưa ấn định", "1 (hiện hành)", "16:45 12/05/2022", "Trễ hạn 12 ngày",
            [new ReportViewField("Kết quả thực hiện", "Đã hoàn thành.")], []));
        yield return Typed("report-view: the unit head may return it, reason missing", CardNames.ReportView, new ReportViewCardData(
            "UBND 10 Phường", "Báo cáo 6 tháng", "30/04/2022", "1 (hiện hành)", "09:00 01/04/2022", "Đúng hạn",
            [new ReportViewField("Kết quả thực hiện", "Đã tổ chức 12 buổi tiếp dân.")], [], "Lê Văn Cường",
            ReportId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301", Version: "1", CanReturn: true, ReturnError: "Vui lòng nhập lý do trả lại."));
        yield return Typed("report-view: returned, author told", CardNames.ReportView, new ReportViewCardData(
            "UBND 10 Phường", "Báo cáo 6 tháng", "30/04/2022", "1 (hiện hành)", "09:00 01/04/2022", "Đúng hạn",
            [new ReportViewField("Kết quả thực hiện", "Đã tổ chức 12 buổi tiếp dân.")], [], "Lê Văn Cường",
            ReportId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301", Version: "1",
            ReturnedText: "Đã trả lại để sửa lúc 10:15 01/04/2022 (Trần Văn Hùng). Lý do: thiếu số liệu tiếp dân tháng 3.",
            Notice: "Đã báo cho Lê Văn Cường."));
    }

    private static IEnumerable<SampleCard> Nudge()
    {
        yield return Typed("nudge: before a holiday deadline", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "occ-1", "unit-1", "Nhắc hạn: còn 3 ngày làm việc", "Báo cáo 6 tháng", "Phòng Nội vụ",
            "Thứ Bảy, 30/04/2022", "còn 3 ngày làm việc", "Kế hoạch 102/KH-UBND-NV, mục IV.2",
            NonWorkingNote: "30/04/2022 là ngày nghỉ lễ: nộp chậm nhất Thứ Sáu, 29/04/2022."));
        yield return Typed("nudge: overdue, acknowledged", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "occ-1", "unit-1", "Quá hạn 2 ngày làm việc", "Báo cáo năm", "UBND xã Mỹ Long Nam",
            "Thứ Hai, 24/11/2025", "quá hạn 2 ngày làm việc", "Kế hoạch 40/KH-UBND, mục IV.1", Overdue: true, Acknowledged: true));
        yield return Typed("nudge: unit reported", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "occ-1", "unit-1", "Nhắc hạn", "Báo cáo năm", "Phòng Nội vụ", "Thứ Hai, 24/11/2025",
            "hôm nay là hạn cuối", "Kế hoạch (không số)", StatusText: "Đơn vị đã nộp.", ShowActions: false));
        yield return Typed("nudge: muted", CardNames.Nudge, new NudgeCardData(
            "0f8fad5b-d9cb-469f-a165-70867728950e", "occ-1", "unit-1", "Nhắc hạn: còn 3 ngày làm việc", "Báo cáo 6 tháng", "Phòng Nội vụ",
            "Thứ Sáu, 29/04/2022", "còn 3 ngày", "Kế hoạch 102/KH-UBND-NV, mục IV.2",
            StatusText: "Đã tắt nhắc việc này cho anh/chị.", Muted: true));
    }

    private static IEnumerable<SampleCard> NudgeOverview()
    {
        yield return Typed("nudge-overview: delivery view", CardNames.NudgeOverview, new NudgeOverviewCardData(
            "Tình hình gửi nhắc: UBND Quận 7", "Các lời nhắc từ 11/04/2022 đến 24/04/2022",
            [new("Đã gửi tới", "12"), new("Không gửi được", "2"), new("Đang chờ gửi", "0")],
            [
                new("Không gửi được", [new("Nguyễn Văn An, UBND 10 Phường: người nhận đã chặn ứng dụng (Báo cáo 6 tháng, ngày 20/04/2022)")]),
                new("Đã tắt nhắc", [new("Trần Thị Bình: Báo cáo 6 tháng (từ 20/04/2022)")]),
            ],
            More: "… và 3 nhắc khác."));
        yield return Typed("nudge-overview: preview with send", CardNames.NudgeOverview, new NudgeOverviewCardData(
            "Nhắc các đơn vị chưa nộp", "Báo cáo 6 tháng, hạn Thứ Bảy, 30/04/2022", [new("Đơn vị chưa nộp", "3"), new("Người sẽ được nhắc", "7")],
            [new("Đơn vị chưa nộp", [new("UBND 10 Phường (2 người)"), new("Phòng Văn hóa và Thông tin (chưa có ai trong danh sách)")])],
            SendOccurrenceId: "3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
        yield return Typed("nudge-overview: choice", CardNames.NudgeOverview, new NudgeOverviewCardData(
            "Nhắc các đơn vị chưa nộp", "Chọn nhiệm vụ", [], [],
            Choices: [new("3f2504e0-4f89-11d3-9a0c-0305e82c3301", "Báo cáo 6 tháng, hạn 30/04/2022")]));
        yield return Typed("nudge-overview: sent, empty", CardNames.NudgeOverview, new NudgeOverviewCardData(
            "Nhắc các đơn vị chưa nộp", null, [], [], StatusText: "Đã xếp 7 lời nhắc."));
        yield return Raw("nudge-overview: raw empty object", CardNames.NudgeOverview, "{}");
    }
}
