using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>
/// A ward plan written in Word: the structure lives in automatic numbering, the header in a letterhead table and
/// the reporting schedule in a table under "TỔ CHỨC THỰC HIỆN".
/// </summary>
public sealed class DocxPlanTests
{
    private static MemoryStream WardPlan() => new DocxPlanBuilder()
        .Table([
            ["ỦY BAN NHÂN DÂN\nPHƯỜNG HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 17/KH-UBND", "Hòa Bình, ngày 05 tháng 02 năm 2026"],
        ])
        .Text("KẾ HOẠCH")
        .Text("Thực hiện công tác dân vận chính quyền năm 2026")
        .Text("Căn cứ Kế hoạch số 41/KH-UBND ngày 20/01/2026 của UBND tỉnh về thực hiện công tác dân vận chính quyền giai đoạn 2026 - 2030;")
        .Numbered(0, "MỤC ĐÍCH, YÊU CẦU")
        .Numbered(1, "Nâng cao chất lượng công tác dân vận chính quyền sau sắp xếp đơn vị hành chính từ ngày 01/7/2025.")
        .Heading("NHIỆM VỤ")
        .Numbered(1, "Tăng cường cải cách hành chính")
        .Bullet("Rút ngắn thời gian giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công phường.")
        .Numbered(1, "Tổ chức đối thoại với Nhân dân")
        .Bullet("Tổ chức Hội nghị đối thoại về cải cách thủ tục hành chính, dự kiến trong tháng 6/2026.")
        .Heading("TỔ CHỨC THỰC HIỆN")
        .Numbered(1, "Phòng Văn hóa - Xã hội")
        .Bullet("Là đầu mối theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND thành phố (qua Sở Nội vụ) trước ngày 25/11/2026.")
        .Numbered(1, "Văn phòng HĐND và UBND phường, Phòng Kinh tế, Hạ tầng và Đô thị")
        .Bullet("Gửi báo cáo kết quả thực hiện về UBND phường (qua Phòng Văn hóa - Xã hội) theo lịch sau:")
        .Table([
            ["STT", "Loại báo cáo", "Thời hạn gửi"],
            ["1", "Báo cáo quý", "trước ngày 20 của tháng cuối quý"],
            ["2", "Báo cáo 6 tháng", "trước ngày 10/6/2026"],
            ["3", "Báo cáo năm", "trước ngày 10/11/2026"],
        ], firstRowIsHeader: true)
        .Numbered(1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường")
        .Bullet("Phối hợp giám sát việc thực hiện Kế hoạch.")
        .Text("Nơi nhận:")
        .Bullet("UBND thành phố;")
        .Build();

    [Fact]
    public void ParseDocx_WardPlan_ReadsHeaderFromLetterheadTable()
    {
        using var docx = WardPlan();

        var plan = PlanDocumentParser.ParseDocx(docx);

        Assert.Equal("17/KH-UBND", plan.Number);
        Assert.Equal("UBND phường Hòa Bình", plan.Issuer);
        Assert.Equal(new DateOnly(2026, 2, 5), plan.IssuedOn);
        Assert.Equal("Thực hiện công tác dân vận chính quyền năm 2026", plan.Title);
        Assert.Equal((2026, 2026), (plan.Period.FromYear, plan.Period.ToYear));
        Assert.Equal("Phòng Văn hóa - Xã hội", plan.Coordinator);
    }

    [Fact]
    public void ParseDocx_WardPlan_WritesOutAutomaticNumbering()
    {
        using var docx = WardPlan();

        var plan = PlanDocumentParser.ParseDocx(docx);

        Assert.Equal(["II.1", "II.2"], plan.Tasks.Select(t => t.SectionPath).ToArray());
        Assert.Contains(plan.SourceLines, line => line == "III. TỔ CHỨC THỰC HIỆN");
        Assert.Equal(
            ["Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Phòng Kinh tế, Hạ tầng và Đô thị", "Ủy ban Mặt trận Tổ quốc Việt Nam phường"],
            plan.Units.Select(u => u.Name).ToArray());
        Assert.True(plan.Units[^1].IsRequestOnly);
    }

    [Fact]
    public void ParseDocx_WardPlan_ReadsScheduleTableRowsAsObligations()
    {
        using var docx = WardPlan();

        var plan = PlanDocumentParser.ParseDocx(docx);

        string[] expected =
        [
            "Tổ chức Hội nghị đối thoại về cải cách thủ tục hàn |  | - | - | 30/06/2026 | 01/06/2026-30/06/2026 | - | dated",
            "Báo cáo UBND thành phố (qua Sở Nội vụ) | Phòng Văn hóa - Xã hội | UBND thành phố | Sở Nội vụ | 24/11/2026 | - | - | dated",
            "Báo cáo quý | Văn phòng HĐND và UBND phường; Phòng Kinh tế, Hạ tầng và Đô thị | UBND phường | Phòng Văn hóa - Xã hội | 19/03/2026, 19/06/2026, 19/09/2026, 19/12/2026 | - | quarterly | dated",
            "Báo cáo 6 tháng | Văn phòng HĐND và UBND phường; Phòng Kinh tế, Hạ tầng và Đô thị | UBND phường | Phòng Văn hóa - Xã hội | 09/06/2026 | - | sixMonthly | dated",
            "Báo cáo năm | Văn phòng HĐND và UBND phường; Phòng Kinh tế, Hạ tầng và Đô thị | UBND phường | Phòng Văn hóa - Xã hội | 09/11/2026 | - | yearly | dated",
        ];
        Assert.Equal(expected, plan.Obligations.Select(PlanFiles.Line).ToArray());
        Assert.All(plan.Obligations.Skip(2), o => Assert.Equal("III.2", o.SectionPath));
    }
}
