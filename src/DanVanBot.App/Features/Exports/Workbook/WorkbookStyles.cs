using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVanBot.App.Features.Exports.Workbook;

/// <summary>The workbook's cell styles (indexes into <c>cellXfs</c>): borders everywhere, dates shown dd/MM/yyyy.</summary>
internal enum CellStyle : uint
{
    Default = 0,
    Header = 1,
    Text = 2,
    Date = 3,
    DateTime = 4,
    Number = 5,
    OnTime = 6,
    Late = 7,
    NotYetDue = 8,
    Overdue = 9,
    TotalLabel = 10,
    TotalNumber = 11,
}

internal static class WorkbookStyles
{
    private const uint DateFormatId = 164;
    private const uint DateTimeFormatId = 165;

    /// <summary>Fills by standing: green đúng hạn, amber trễ hạn, grey chưa nộp, red quá hạn chưa nộp.</summary>
    public static readonly string[] StandingColours = ["FFC6EFCE", "FFFFEB9C", "FFEDEDED", "FFFFC7CE"];

    private const string HeaderColour = "FFDDEBF7";

    public static Stylesheet Build()
    {
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid(HeaderColour));
        foreach (var colour in StandingColours) fills.Append(Solid(colour));

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = DateTimeFormatId, FormatCode = "dd/mm/yyyy hh:mm" }),
            new Fonts(Font(bold: false), Font(bold: true)),
            fills,
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder())),
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }),
            new CellFormats(
                new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 },
                Format(font: 1, fill: 2, wrap: true, centred: true),
                Format(wrap: true),
                Format(numberFormat: DateFormatId),
                Format(numberFormat: DateTimeFormatId),
                Format(),
                Format(fill: 3, wrap: true),
                Format(fill: 4, wrap: true),
                Format(fill: 5, wrap: true),
                Format(fill: 6, wrap: true),
                Format(font: 1, wrap: true),
                Format(font: 1)),
            new CellStyles(new DocumentFormat.OpenXml.Spreadsheet.CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold)
    {
        var font = new Font();
        if (bold) font.Append(new Bold());
        font.Append(new FontSize { Val = 12 }, new FontName { Val = "Times New Roman" }, new FontFamilyNumbering { Val = 1 });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Thin<T>(T side) where T : BorderPropertiesType
    {
        side.Style = BorderStyleValues.Thin;
        side.Append(new Color { Indexed = 64 });
        return side;
    }

    private static CellFormat Format(uint font = 0, uint fill = 0, uint numberFormat = 0, bool wrap = false, bool centred = false)
    {
        var format = new CellFormat
        {
            NumberFormatId = numberFormat, FontId = font, FillId = fill, BorderId = 1, FormatId = 0,
            ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = true, ApplyNumberFormat = numberFormat != 0, ApplyAlignment = true,
        };
        format.Append(new Alignment
        {
            WrapText = wrap, Vertical = centred ? VerticalAlignmentValues.Center : VerticalAlignmentValues.Top,
            Horizontal = centred ? HorizontalAlignmentValues.Center : null,
        });
        return format;
    }
}
