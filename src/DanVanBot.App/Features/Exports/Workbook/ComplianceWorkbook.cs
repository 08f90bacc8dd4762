using System.Globalization;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanBot.App.Features.Exports.Workbook;

/// <summary>
/// The compliance workbook (.xlsx): units × occurrences with each unit's standing and submission day, coloured, with
/// totals per unit and per occurrence; and a second sheet with every current report's text.
/// </summary>
internal static class ComplianceWorkbook
{
    private const int StatusWidth = 30;
    private const double HeadingHeight = 64;
    private const int DateWidth = 13;

    public static void Write(ExportData data, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Build();
        var strings = new SharedStrings();

        var sheets = new Sheets();
        AddSheet(workbookPart, sheets, 1, ExportTexts.ComplianceSheet, ComplianceSheet(data, strings));
        AddSheet(workbookPart, sheets, 2, ExportTexts.ReportsSheet, ReportsSheet(data, strings));
        workbookPart.Workbook.Append(sheets);
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
    }

    private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, uint id, string name, Worksheet worksheet)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = worksheet;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
    }

    private static Worksheet ComplianceSheet(ExportData data, SharedStrings strings)
    {
        var sheet = new SheetBuilder(strings);
        var occurrences = data.Occurrences;
        var totalsColumn = 2 + 2 * occurrences.Count;
        var standings = Enum.GetValues<ReportTimeliness>();

        var top = sheet.NewRow(HeadingHeight).Text(1, ExportTexts.UnitHeader, CellStyle.Header);
        for (var i = 0; i < occurrences.Count; i++)
            top.Text(2 + 2 * i, Heading(occurrences[i].Occurrence), CellStyle.Header).Text(3 + 2 * i, null, CellStyle.Header);
        for (var t = 0; t < standings.Length; t++) top.Text(totalsColumn + t, t == 0 ? "Tổng số" : null, CellStyle.Header);

        var second = sheet.NewRow().Text(1, null, CellStyle.Header);
        for (var i = 0; i < occurrences.Count; i++)
            second.Text(2 + 2 * i, ExportTexts.StatusHeader, CellStyle.Header).Text(3 + 2 * i, ExportTexts.SubmittedOnHeader, CellStyle.Header);
        for (var t = 0; t < standings.Length; t++) second.Text(totalsColumn + t, ExportTexts.StatusTotals[t], CellStyle.Header);

        sheet.Merge(1, 1, 1, 2);
        for (var i = 0; i < occurrences.Count; i++) sheet.Merge(2 + 2 * i, 1, 3 + 2 * i, 1);
        sheet.Merge(totalsColumn, 1, totalsColumn + standings.Length - 1, 1);

        var byUnit = occurrences.Select(o => o.Units.ToDictionary(u => u.UnitId)).ToList();
        var columnTotals = new int[occurrences.Count, standings.Length];
        foreach (var (unitId, unitName) in Units(occurrences))
        {
            var line = sheet.NewRow().Text(1, unitName);
            var rowTotals = new int[standings.Length];
            for (var i = 0; i < occurrences.Count; i++)
            {
                if (!byUnit[i].TryGetValue(unitId, out var unit))
                {
                    line.Text(2 + 2 * i, ExportTexts.NotOwed).Text(3 + 2 * i, null);
                    continue;
                }
                var timeliness = (int)unit.Standing.Timeliness;
                rowTotals[timeliness]++;
                columnTotals[i, timeliness]++;
                line.Text(2 + 2 * i, ExportTexts.Status(unit.Standing), CellStyle.OnTime + (uint)timeliness)
                    .Date(3 + 2 * i, unit.FirstSubmittedAt is { } at ? VietnamTime.DateOf(at).ToDateTime(TimeOnly.MinValue) : null, CellStyle.Date);
            }
            for (var t = 0; t < standings.Length; t++) line.Number(totalsColumn + t, rowTotals[t]);
        }

        for (var t = 0; t < standings.Length; t++)
        {
            var line = sheet.NewRow().Text(1, string.Format(CultureInfo.InvariantCulture, ExportTexts.TotalOf, ExportTexts.StatusTotals[t]), CellStyle.TotalLabel);
            var all = 0;
            for (var i = 0; i < occurrences.Count; i++)
            {
                all += columnTotals[i, t];
                line.Number(2 + 2 * i, columnTotals[i, t], CellStyle.TotalNumber).Text(3 + 2 * i, null);
            }
            for (var c = 0; c < standings.Length; c++)
            {
                if (c == t) line.Number(totalsColumn + c, all, CellStyle.TotalNumber);
                else line.Text(totalsColumn + c, null);
            }
        }

        for (var i = 0; i < occurrences.Count; i++)
        {
            sheet.FixWidth(2 + 2 * i, StatusWidth);
            sheet.FixWidth(3 + 2 * i, DateWidth);
        }
        for (var t = 0; t < standings.Length; t++) sheet.FixWidth(totalsColumn + t, 14);
        return sheet.Build(headerRows: 2, headerColumns: 1, landscape: true);
    }

    private static Worksheet ReportsSheet(ExportData data, SharedStrings strings)
    {
        var sheet = new SheetBuilder(strings);
        var header = sheet.NewRow();
        for (var c = 0; c < ExportTexts.ReportColumns.Length; c++) header.Text(c + 1, ExportTexts.ReportColumns[c], CellStyle.Header);

        foreach (var occurrence in data.Occurrences)
        {
            var o = occurrence.Occurrence;
            foreach (var unit in occurrence.Units)
            {
                if (unit is not { CurrentContent: { } content, ReportId: { } reportId } || !unit.Standing.Submitted) continue;
                sheet.NewRow(Height(content)).Text(1, unit.UnitName).Text(2, o.Description).Text(3, o.Label)
                    .Date(4, o.DueOn?.ToDateTime(TimeOnly.MinValue), CellStyle.Date)
                    .Text(5, ExportTexts.Progress(content)).Text(6, content.Results).Text(7, content.Difficulties).Text(8, content.Proposals)
                    .Text(9, content.DocumentReference).Number(10, unit.CurrentVersion)
                    .Date(11, unit.CurrentSubmittedAt is { } at ? VietnamTime.Local(at).DateTime : null, CellStyle.DateTime)
                    .Text(12, unit.CurrentAuthor?.Name).Text(13, reportId.ToString());
            }
        }
        sheet.FixWidth(13, 38);
        return sheet.Build(headerRows: 1, headerColumns: 0, landscape: true);
    }

    /// <summary>
    /// Tall enough for the longest wrapped text (about 55 characters a line in a 60-wide column): spreadsheet programs do
    /// not grow rows when they open a file.
    /// </summary>
    private static double Height(DanVanBot.Domain.Reports.ReportContent content)
    {
        var lines = new[] { content.Results, content.Difficulties, content.Proposals }
            .Max(text => text is null ? 1 : text.Split('\n').Sum(line => Math.Max(1, (line.Length + 54) / 55)));
        return Math.Min(409, 16 * lines);
    }

    /// <summary>Every owing unit once, in the order the occurrences list them.</summary>
    private static IEnumerable<(Guid Id, string Name)> Units(IReadOnlyList<OccurrenceCompliance> occurrences) =>
        occurrences.SelectMany(o => o.Units).Select(u => (u.UnitId, u.UnitName)).DistinctBy(u => u.UnitId);

    private static string Heading(ComplianceOccurrence o) => string.Format(CultureInfo.InvariantCulture, ExportTexts.OccurrenceHeader,
        o.Description, o.Label, o.DueOn is { } due ? due.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) : ExportTexts.NoDueDate);
}
