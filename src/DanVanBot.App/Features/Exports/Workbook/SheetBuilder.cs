using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanBot.App.Features.Exports.Workbook;

/// <summary>
/// One worksheet written row by row, cells left to right: text through the workbook's shared strings, dates as real
/// date serials (shown dd/MM/yyyy by the style), column widths from the longest text, a frozen header.
/// </summary>
internal sealed class SheetBuilder(SharedStrings strings)
{
    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    private readonly SheetData data = new();
    private readonly List<string> merges = [];
    private readonly Dictionary<int, double> widths = [];
    private Row? row;

    public uint RowIndex { get; private set; }

    /// <param name="height">In points, for a header whose text wraps (spreadsheet programs do not grow rows on open).</param>
    public SheetBuilder NewRow(double? height = null)
    {
        row = new Row { RowIndex = ++RowIndex };
        if (height is { } points) (row.Height, row.CustomHeight) = (points, true);
        data.Append(row);
        return this;
    }

    public SheetBuilder Text(int column, string? text, CellStyle style = CellStyle.Text)
    {
        var cell = Cell(column, style);
        if (text is null) return this;
        cell.DataType = CellValues.SharedString;
        cell.CellValue = new CellValue(strings.Index(text));
        Fit(column, text);
        return this;
    }

    public SheetBuilder Number(int column, double value, CellStyle style = CellStyle.Number)
    {
        Cell(column, style).CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A date (and time) cell: the spreadsheet's serial day number, so sorting and filters work on it.</summary>
    public SheetBuilder Date(int column, DateTime? value, CellStyle style)
    {
        var cell = Cell(column, style);
        if (value is { } at) cell.CellValue = new CellValue(at.ToOADate().ToString(CultureInfo.InvariantCulture));
        Fit(column, style == CellStyle.DateTime ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy");
        return this;
    }

    public void Merge(int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        merges.Add($"{Reference(firstColumn, firstRow)}:{Reference(lastColumn, lastRow)}");

    public void FixWidth(int column, double width) => widths[column] = width;

    /// <summary>The sheet, with the first <paramref name="headerRows"/> rows and <paramref name="headerColumns"/> columns frozen.</summary>
    public Worksheet Build(uint headerRows, int headerColumns, bool landscape = false)
    {
        var pane = new Pane
        {
            VerticalSplit = headerRows, HorizontalSplit = headerColumns, TopLeftCell = Reference(headerColumns + 1, headerRows + 1),
            ActivePane = headerColumns > 0 ? PaneValues.BottomRight : PaneValues.BottomLeft, State = PaneStateValues.Frozen,
        };
        if (headerColumns == 0) pane.HorizontalSplit = null;
        var view = new SheetView(pane, new Selection { Pane = pane.ActivePane }) { WorkbookViewId = 0 };

        var worksheet = new Worksheet(new SheetViews(view));
        if (widths.Count > 0)
        {
            var columns = new Columns();
            foreach (var (column, width) in widths.OrderBy(w => w.Key))
                columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
            worksheet.Append(columns);
        }
        worksheet.Append(data);
        if (merges.Count > 0) worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        // A4 (paper size 9), so the printout is the office's paper.
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = landscape ? OrientationValues.Landscape : OrientationValues.Portrait });
        return worksheet;
    }

    public static string Reference(int column, uint rowIndex) => ColumnName(column) + rowIndex.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26) name = (char)('A' + (column - 1) % 26) + name;
        return name;
    }

    private Cell Cell(int column, CellStyle style)
    {
        var current = row ?? throw new InvalidOperationException("NewRow first");
        var cell = new Cell { CellReference = Reference(column, current.RowIndex!.Value), StyleIndex = (uint)style };
        current.Append(cell);
        return cell;
    }

    /// <summary>Widths in characters: the longest line of the text, within bounds (long text wraps instead).</summary>
    private void Fit(int column, string text)
    {
        var longest = text.Split('\n').Max(line => line.Length);
        var width = Math.Clamp(longest * 1.15 + 2, MinWidth, MaxWidth);
        if (!widths.TryGetValue(column, out var known) || known < width) widths[column] = width;
    }
}

/// <summary>The workbook's shared string table: each distinct text stored once (unit names repeat on every row).</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> indexes = new(StringComparer.Ordinal);
    private readonly SharedStringTable table = new();

    public string Index(string text)
    {
        var clean = XmlText.Clean(text);
        if (!indexes.TryGetValue(clean, out var index))
        {
            index = indexes.Count;
            indexes[clean] = index;
            table.Append(new SharedStringItem(new Text(clean) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return index.ToString(CultureInfo.InvariantCulture);
    }

    public SharedStringTable Build()
    {
        table.Count = (uint)indexes.Count;
        table.UniqueCount = (uint)indexes.Count;
        return table;
    }
}
