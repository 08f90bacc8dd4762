using DanVanBot.App.Features.Exports;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Exports.ExportHarness;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// Both documents as LibreOffice opens them: converted to PDF (the conversion must succeed), page 1 rendered to PNG, and
/// the PDF's text holding the header, the title, a unit's name and a sentence of its report.
/// </summary>
public sealed class ExportRenderingTests(ExportHarness harness) : IClassFixture<ExportHarness>
{
    [RequiresLibreOfficeFact]
    public async Task ConsolidatedReport_ConvertedByLibreOffice_PdfHasHeaderTitleUnitAndSentence()
    {
        var (text, firstPage) = await LibreOfficeRendering.RenderAsync(await harness.BuildAsync(ExportFormat.Docx), "docx");

        var flat = Flatten(text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", flat, StringComparison.Ordinal);
        Assert.Contains("ỦY BAN NHÂN DÂN HUYỆN CẦU KÈ", flat, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", flat, StringComparison.Ordinal);
        Assert.Contains("Kết quả thực hiện công tác dân vận chính quyền quý III năm 2026", flat, StringComparison.Ordinal);
        // Justified lines come out of pdftotext with spaces inside words ("K ế hoạch"): the unit's words are compared without spaces.
        Assert.Contains(Squash(HoaAn), Squash(text), StringComparison.Ordinal);
        Assert.Contains(Squash(Submissions[2].Results), Squash(text), StringComparison.Ordinal);
        AssertInkedA4(firstPage);
    }

    [RequiresLibreOfficeFact]
    public async Task Workbook_ConvertedByLibreOffice_PdfHasUnitsStatusesAndReportText()
    {
        var (text, firstPage) = await LibreOfficeRendering.RenderAsync(await harness.BuildAsync(ExportFormat.Xlsx), "xlsx");

        var flat = Flatten(text);
        Assert.Contains(TamNgai, flat, StringComparison.Ordinal);
        Assert.Contains("Quá hạn chưa nộp (72 ngày)", flat, StringComparison.Ordinal);
        Assert.Contains("12/07/2026", flat, StringComparison.Ordinal);
        Assert.True(PngImage.Decode(firstPage).Width > 100);
    }

    /// <summary>pdftotext keeps line breaks; a sentence may wrap, so whitespace runs become one space.</summary>
    private static string Flatten(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static string Squash(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", "");

    /// <summary>Page 1 is A4 portrait (at 50 dpi about 413 × 585 px) and not blank.</summary>
    private static void AssertInkedA4(byte[] png)
    {
        var page = PngImage.Decode(png);
        Assert.InRange(page.Width, 405, 420);
        Assert.InRange(page.Height, 578, 592);
        var dark = 0;
        for (var y = 0; y < page.Height; y += 2)
            for (var x = 0; x < page.Width; x += 2)
                if (page[x, y].R < 128) dark++;
        Assert.True(dark > 200, $"page 1 looks blank ({dark} dark samples)");
    }
}
