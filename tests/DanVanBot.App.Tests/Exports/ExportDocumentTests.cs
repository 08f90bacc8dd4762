using DanVanBot.App.Features.Exports;
using DocumentFormat.OpenXml.Packaging;
using DanVanBot.Storage.Reports;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Exports.ExportHarness;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// The two documents built from reports stored through the real report store (SQLite): the workbook read back cell by
/// cell against the statuses the harness stored, and the draft consolidated report's layout and traced text.
/// </summary>
public sealed class ExportDocumentTests(ExportHarness harness) : IClassFixture<ExportHarness>
{
    /// <summary>The stored statuses as of 20/09/2026 (unit → per occurrence: status, day sent), worked out by hand.</summary>
    private static readonly Dictionary<string, (string Status, DateOnly? Sent)[]> Expected = new()
    {
        [AnPhuTan] = [("Đúng hạn", new(2026, 7, 5)), ("Trễ hạn (3 ngày)", new(2026, 8, 13)), ("Đúng hạn", new(2026, 9, 10)), ("Chưa nộp", null)],
        [HoaAn] = [("Trễ hạn (2 ngày)", new(2026, 7, 12)), ("Đúng hạn", new(2026, 8, 1)), ("Quá hạn chưa nộp (10 ngày)", null), ("Đúng hạn", new(2026, 9, 15))],
        [TamNgai] = [("Quá hạn chưa nộp (72 ngày)", null), ("Quá hạn chưa nộp (41 ngày)", null), ("Quá hạn chưa nộp (10 ngày)", null), ("Chưa nộp", null)],
    };

    private static readonly Dictionary<string, string> FillByStatus = new()
    {
        ["Đúng hạn"] = "FFC6EFCE", ["Trễ hạn"] = "FFFFEB9C", ["Chưa nộp"] = "FFEDEDED", ["Quá hạn"] = "FFFFC7CE",
    };

    [Fact]
    public async Task Workbook_ThreeUnitsByFourOccurrences_EveryCellIsTheStoredStatusAndDay()
    {
        var content = await harness.BuildAsync(ExportFormat.Xlsx);
        using (var package = SpreadsheetDocument.Open(new MemoryStream(content), false)) OpenXmlValidation.AssertValid(package);
        using var workbook = new WorkbookReader(content);
        Assert.Equal([ExportTexts.ComplianceSheet, ExportTexts.ReportsSheet], workbook.SheetNames);
        var cells = workbook.Cells(ExportTexts.ComplianceSheet);

        for (var i = 0; i < DueDays.Length; i++)
        {
            Assert.Equal($"{Descriptions[i]}", cells[Ref(2 + 2 * i, 1)].Text?.Split(" – ")[0]);
            Assert.EndsWith($"(hạn {DueDays[i]:dd/MM/yyyy})", cells[Ref(2 + 2 * i, 1)].Text, StringComparison.Ordinal);
        }
        var rows = Enumerable.Range(3, 3).ToDictionary(r => cells[Ref(1, (uint)r)].Text!, r => (uint)r);
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (unit, statuses) in Expected)
        {
            for (var i = 0; i < statuses.Length; i++)
            {
                var status = cells[Ref(2 + 2 * i, rows[unit])];
                var sent = cells[Ref(3 + 2 * i, rows[unit])];
                Assert.Equal(statuses[i].Status, status.Text);
                Assert.Equal(FillByStatus.First(f => statuses[i].Status.StartsWith(f.Key, StringComparison.Ordinal)).Value, status.FillRgb);
                Assert.Equal(statuses[i].Sent is { } day ? day.ToDateTime(TimeOnly.MinValue).ToOADate() : null, sent.Number);
                Assert.Equal("dd/mm/yyyy", sent.NumberFormat);
            }
            // Row totals: on time, late, not yet due, overdue.
            var counts = Enumerable.Range(0, 4).Select(t => cells[Ref(10 + t, rows[unit])].Number).ToArray();
            Assert.Equal(Count(statuses, "Đúng hạn"), counts[0]);
            Assert.Equal(Count(statuses, "Trễ hạn"), counts[1]);
            Assert.Equal(Count(statuses, "Chưa nộp"), counts[2]);
            Assert.Equal(Count(statuses, "Quá hạn"), counts[3]);
        }
        // Column totals under the units: per occurrence, how many of each standing.
        for (var i = 0; i < DueDays.Length; i++)
        {
            var column = Expected.Values.Select(s => s[i]).ToArray();
            Assert.Equal(Count(column, "Đúng hạn"), cells[Ref(2 + 2 * i, 6)].Number);
            Assert.Equal(Count(column, "Quá hạn"), cells[Ref(2 + 2 * i, 9)].Number);
        }
        Assert.StartsWith("Tổng: Đúng hạn", cells[Ref(1, 6)].Text, StringComparison.Ordinal);

        var pane = workbook.Worksheet(ExportTexts.ComplianceSheet).Descendants<Pane>().Single();
        Assert.Equal((PaneStateValues.Frozen, 2d, 1d), (pane.State!.Value, pane.VerticalSplit!.Value, pane.HorizontalSplit!.Value));
        Assert.All(workbook.Worksheet(ExportTexts.ComplianceSheet).Descendants<Column>(), c => Assert.True(c.Width! >= 8));
    }

    [Fact]
    public async Task Workbook_ReportsSheet_HasEveryCurrentReportWithItsTextVersionTimeAndAuthor()
    {
        using var workbook = new WorkbookReader(await harness.BuildAsync(ExportFormat.Xlsx));
        var cells = workbook.Cells(ExportTexts.ReportsSheet);

        Assert.Equal(ExportTexts.ReportColumns, Enumerable.Range(1, ExportTexts.ReportColumns.Length).Select(c => cells[Ref(c, 1)].Text));
        var rows = cells.Keys.Select(k => uint.Parse(new string(k.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture))
            .Where(r => r > 1).Distinct().ToList();
        Assert.Equal(Submissions.Length, rows.Count);
        var late = rows.Single(r => cells[Ref(6, r)].Text == Submissions[1].Results);
        Assert.Equal(HoaAn, cells[Ref(1, late)].Text);
        Assert.Equal(Descriptions[0], cells[Ref(2, late)].Text);
        Assert.Equal(DueDays[0].ToDateTime(TimeOnly.MinValue).ToOADate(), cells[Ref(4, late)].Number);
        Assert.Equal("Hoàn thành", cells[Ref(5, late)].Text);
        Assert.Equal($"{HoaAn} thiếu cán bộ chuyên trách.", cells[Ref(7, late)].Text);
        Assert.Equal($"{HoaAn} đề nghị tập huấn nghiệp vụ tiếp dân.", cells[Ref(8, late)].Text);
        Assert.Equal(1d, cells[Ref(10, late)].Number);
        Assert.Equal(new DateTime(2026, 7, 12, 10, 0, 0).ToOADate(), cells[Ref(11, late)].Number!.Value, 6);
        Assert.Equal("dd/mm/yyyy hh:mm", cells[Ref(11, late)].NumberFormat);
        Assert.Equal("Trần Văn Hùng", cells[Ref(12, late)].Text);
        Assert.True(Guid.TryParse(cells[Ref(13, late)].Text, out _));
    }

    [Fact]
    public async Task ConsolidatedReport_Docx_ValidDecreeLayoutWithEveryUnitSentenceTracedToItsReport()
    {
        var content = await harness.BuildAsync(ExportFormat.Docx);
        using var document = WordprocessingDocument.Open(new MemoryStream(content), false);
        OpenXmlValidation.AssertValid(document);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("ỦY BAN NHÂN DÂN HUYỆN CẦU KÈ", paragraphs);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", paragraphs);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Số:", StringComparison.Ordinal) && p.EndsWith("/BC-UBND", StringComparison.Ordinal));
        Assert.Contains("……………, ngày …… tháng …… năm 2026", paragraphs);
        var title = paragraphs.IndexOf("BÁO CÁO");
        Assert.Equal("Kết quả thực hiện công tác dân vận chính quyền quý III năm 2026", paragraphs[title + 1]);
        string[] sections = ["I. KẾT QUẢ THỰC HIỆN", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "Nơi nhận:"];
        Assert.Equal(sections.Select(s => paragraphs.IndexOf(s)).Order(), sections.Select(s => paragraphs.IndexOf(s)));
        Assert.DoesNotContain(-1, sections.Select(s => paragraphs.IndexOf(s)));

        // Every result, difficulty and proposal taken from a report sits inside a comment naming that report.
        var comments = main.WordprocessingCommentsPart!.Comments.Elements<DocumentFormat.OpenXml.Wordprocessing.Comment>()
            .ToDictionary(c => c.Id!.Value!, c => c.InnerText);
        foreach (var (unit, _, _, results) in Submissions)
        {
            var paragraph = main.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Single(p => p.InnerText.Contains(results, StringComparison.Ordinal));
            Assert.StartsWith($"- {unit}: {results}", paragraph.InnerText, StringComparison.Ordinal);
            var commentId = paragraph.Descendants<DocumentFormat.OpenXml.Wordprocessing.CommentRangeStart>().Single().Id!.Value!;
            Assert.Contains($"của {unit}, phiên bản 1", comments[commentId], StringComparison.Ordinal);
        }
        var store = harness.Bot.Services.GetRequiredService<IReportStore>();
        foreach (var (unit, occurrence, _, _) in Submissions)
        {
            var report = await store.FindReportAsync(harness.Occurrences[occurrence], harness.Units[unit]);
            Assert.Contains(comments.Values, c => c.Contains(report!.ReportId.ToString(), StringComparison.Ordinal));
        }
        Assert.Contains(paragraphs, p => p.StartsWith($"- {HoaAn} ({Descriptions[0]}): {HoaAn} đề nghị tập huấn", StringComparison.Ordinal));

        // Who did not report, or late, with the days.
        Assert.Contains(paragraphs, p => p.StartsWith($"- {Descriptions[0]}", StringComparison.Ordinal)
            && p.Contains($"1/3 đơn vị nộp đúng hạn. Nộp trễ: {HoaAn} (trễ 2 ngày). Chưa nộp: {TamNgai} (quá hạn 72 ngày).", StringComparison.Ordinal));

        // A4, the decree's margins, Times New Roman 14 pt.
        var page = main.Document.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Single();
        var size = page.Elements<DocumentFormat.OpenXml.Wordprocessing.PageSize>().Single();
        var margin = page.Elements<DocumentFormat.OpenXml.Wordprocessing.PageMargin>().Single();
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.InRange(margin.Top!.Value, 1134, 1417);
        Assert.InRange(margin.Bottom!.Value, 1134, 1417);
        Assert.InRange(margin.Left!.Value, 1701u, 1984u);
        Assert.InRange(margin.Right!.Value, 850u, 1134u);
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("28", defaults.FontSize!.Val!.Value);
    }

    private static double Count((string Status, DateOnly? Sent)[] statuses, string prefix) =>
        statuses.Count(s => s.Status.StartsWith(prefix, StringComparison.Ordinal));

    private static string Ref(int column, uint row) => DanVanBot.App.Features.Exports.Workbook.SheetBuilder.Reference(column, row);
}
