using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanBot.App.Tests.Exports;

/// <summary>One cell as a spreadsheet program would see it: its text (shared strings resolved), its number, its look.</summary>
public sealed record ReadCell(string? Text, double? Number, string? NumberFormat, string? FillRgb, bool Bold);

/// <summary>Reads a produced .xlsx back with the Open XML SDK, cell by cell, independently of how it was written.</summary>
public sealed class WorkbookReader : IDisposable
{
    private readonly SpreadsheetDocument document;
    private readonly MemoryStream stream;

    public WorkbookReader(byte[] content)
    {
        stream = new MemoryStream(content);
        document = SpreadsheetDocument.Open(stream, isEditable: false);
    }

    public IReadOnlyList<string> SheetNames =>
        document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();

    public Worksheet Worksheet(string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!)).Worksheet;
    }

    public Dictionary<string, ReadCell> Cells(string sheetName)
    {
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var styles = document.WorkbookPart.WorkbookStylesPart!.Stylesheet;
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var fills = styles.Fills!.Elements<Fill>().ToList();
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        var numberFormats = styles.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(n => n.NumberFormatId!.Value, n => n.FormatCode!.Value) ?? [];

        var cells = new Dictionary<string, ReadCell>(StringComparer.Ordinal);
        foreach (var cell in Worksheet(sheetName).Descendants<Cell>())
        {
            var raw = cell.CellValue?.Text;
            string? text = null;
            double? number = null;
            if (raw is not null && cell.DataType?.Value == CellValues.SharedString) text = strings[int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture)];
            else if (raw is not null) number = double.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
            var fill = fills[(int)(format.FillId?.Value ?? 0)].PatternFill;
            cells[cell.CellReference!.Value!] = new ReadCell(text, number,
                numberFormats.GetValueOrDefault(format.NumberFormatId?.Value ?? 0),
                fill?.PatternType?.Value == PatternValues.Solid ? fill.ForegroundColor?.Rgb?.Value : null,
                fonts[(int)(format.FontId?.Value ?? 0)].Bold is not null);
        }
        return cells;
    }

    public void Dispose()
    {
        document.Dispose();
        stream.Dispose();
    }
}
