using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// Acceptance (issue 14): an appendix table read from a .docx table built here and from its pipe, tab and
/// one-cell-per-line text exports gives the same obligations, each row read with the deadline grammar.
/// </summary>
public sealed class AppendixTableFormsTests
{
    private static readonly string[] Expected =
    [
        "PL.I.1 | Tuyên truyền Kế hoạch trên Trang thông tin điện tử xã | Văn phòng HĐND và UBND xã | Các đoàn thể | Tin, bài | Tháng 3 - 4 | 30/04/2026 | 01/03/2026-30/04/2026 | Activity | dated",
        "PL.I.2 | Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân | Phòng Văn hóa - Xã hội |  | Báo cáo kết quả | Quý II | 30/06/2026 | 01/04/2026-30/06/2026 | Activity | dated",
        "PL.II.1 | Kiểm tra việc thực hiện dân chủ ở cơ sở tại các thôn | Phòng Văn hóa - Xã hội | Ủy ban MTTQ xã | Thông báo kết luận | Trước ngày 20/10 | 19/10/2026 |  | Activity | dated",
        "PL.II.2 | Báo cáo kết quả thực hiện Kế hoạch năm 2025 | Các cơ quan, đơn vị |  | Báo cáo | trước ngày 12 tháng cuối quý | 11/03/2026, 11/06/2026, 11/09/2026, 11/12/2026 |  | Report | dated",
    ];

    [Fact]
    public void Parse_AppendixTableInEveryForm_GivesTheSameObligations()
    {
        using var docx = AppendixPlan.Docx();
        var byForm = new Dictionary<string, string[]>
        {
            ["docx"] = [.. PlanDocumentParser.ParseDocx(docx).Obligations.Select(AppendixPlan.Describe)],
            ["pipe"] = [.. PlanDocumentParser.Parse(AppendixPlan.Text("pipe")).Obligations.Select(AppendixPlan.Describe)],
            ["tab"] = [.. PlanDocumentParser.Parse(AppendixPlan.Text("tab")).Obligations.Select(AppendixPlan.Describe)],
            ["cell-per-line"] = [.. PlanDocumentParser.Parse(AppendixPlan.Text("cell-per-line")).Obligations.Select(AppendixPlan.Describe)],
        };

        Assert.All(byForm, form => Assert.Equal(Expected, form.Value));
    }
}
