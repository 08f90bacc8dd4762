using System.Globalization;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Tests.Plans;
using DanVanBot.Language.Tests.Tables;

namespace DanVanBot.Language.Tests.Documents;

/// <summary>
/// A commune plan whose duties are in a PHỤ LỤC table after the signature, written as a text export (the table in
/// any of the shapes of <see cref="TextTableFinderTests"/>) or as a Word document with a real table.
/// </summary>
internal static class AppendixPlan
{
    private static readonly string[] Top =
    [
        "ỦY BAN NHÂN DÂN", "XÃ HƯNG THẠNH ĐÔNG", "Số: 21/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hưng Thạnh Đông, ngày 12 tháng 02 năm 2026", "KẾ HOẠCH", "Thực hiện công tác dân vận chính quyền năm 2026",
        "Căn cứ Kế hoạch số 09/KH-UBND ngày 20/01/2026 của UBND tỉnh về công tác dân vận chính quyền năm 2026;",
        "I. MỤC ĐÍCH, YÊU CẦU", "1. Phát huy quyền làm chủ của Nhân dân, kỷ niệm 96 năm Ngày truyền thống công tác dân vận (15/10/1930 - 15/10/2026).",
        "II. NHIỆM VỤ", "(Phân công cụ thể tại Phụ lục kèm theo)",
        "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa - Xã hội theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.",
        "Nơi nhận:", "- Sở Nội vụ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An",
    ];

    private static readonly string[] AppendixTitle =
    [
        "PHỤ LỤC", "NHIỆM VỤ THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2026", "(Kèm theo Kế hoạch số 21/KH-UBND ngày 12/02/2026 của UBND xã)",
    ];

    /// <summary>The plan as text, its appendix table in <paramref name="shape"/>: "pipe", "tab" or "cell-per-line".</summary>
    public static string Text(string shape) => string.Join('\n', [.. Top, .. AppendixTitle, .. TextTableFinderTests.TableLines(shape)]);

    public static MemoryStream Docx()
    {
        var builder = new DocxPlanBuilder();
        foreach (var line in Top.Concat(AppendixTitle)) builder.Text(line);
        return builder.Table(TextTableFinderTests.Rows, firstRowIsHeader: true).Build();
    }

    /// <summary>Everything an obligation says but its source lines, which differ between shapes.</summary>
    public static string Describe(PlanObligation o) => string.Join(" | ",
        o.SectionPath, o.Description, string.Join("; ", o.Units), string.Join("; ", o.Partners), o.Product ?? "-", o.Phrase ?? "-",
        string.Join(", ", o.DueDates.Select(d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture))),
        string.Join(", ", o.Occurrences.Where(x => x.WindowFrom is not null).Select(x => $"{PlanFiles.Day(x.WindowFrom)}-{PlanFiles.Day(x.WindowTo)}")),
        o.Kind, o.NeedsDate ? "needs date" : "dated");
}
