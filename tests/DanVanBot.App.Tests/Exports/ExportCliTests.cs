using DanVanBot.App.Features.Exports;
using DanVanBot.App.Tests.TestSupport;
using DocumentFormat.OpenXml.Packaging;

namespace DanVanBot.App.Tests.Exports;

/// <summary><c>DanVanBot reports export</c> as the real executable, on a fresh SQLite file with the sample plans.</summary>
public sealed class ExportCliTests : IDisposable
{
    private readonly CliProcess cli = new() { WithSamplePlans = true };

    [Fact]
    public async Task Export_BothFormats_WritesValidFilesForTheYear()
    {
        var docx = Path.Combine(cli.Directory, "tong-hop.docx");
        var xlsx = Path.Combine(cli.Directory, "theo-doi.xlsx");

        var report = await cli.RunAsync("reports", "export", "--org", "UBND Quận 7", "--period", "2022", "--format", "docx", "--out", docx);
        var workbook = await cli.RunAsync("reports", "export", "--org", "UBND Quận 7", "--period", "2022", "--format", "xlsx", "--out", xlsx);

        Assert.True(report.ExitCode == 0, report.Error);
        Assert.True(workbook.ExitCode == 0, workbook.Error);
        using (var document = WordprocessingDocument.Open(docx, false))
        {
            OpenXmlValidation.AssertValid(document);
            Assert.Contains("Kết quả thực hiện công tác dân vận chính quyền năm 2022", document.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }
        using var sheet = new WorkbookReader(await File.ReadAllBytesAsync(xlsx));
        Assert.Contains(sheet.Cells(ExportTexts.ComplianceSheet).Values, c => c.Text == "UBND 10 Phường");
        Assert.False(File.Exists(docx + ".tmp"));
    }

    [Theory]
    [InlineData("2022-Q5", "xlsx", "--period")]
    [InlineData("quý 3", "xlsx", "--period")]
    [InlineData("2022-Q3", "pdf", "--format")]
    public async Task Export_BadPeriodOrFormat_FailsNamingTheOptionAndWritesNothing(string period, string format, string named)
    {
        var output = Path.Combine(cli.Directory, "x.out");
        var run = await cli.RunAsync("reports", "export", "--org", "UBND Quận 7", "--period", period, "--format", format, "--out", output);

        Assert.Equal(6, run.ExitCode);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    public void Dispose() => cli.Dispose();
}
