using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.App.Features.Exports.Document;

/// <summary>How one paragraph looks: Decree 30/2020's parts differ only in these (sizes in points).</summary>
internal sealed record Look(
    JustificationValues? Align = null,
    bool Bold = false,
    bool Italic = false,
    double Size = DocxBlocks.BodySize,
    bool Indent = false,
    int SpaceBefore = 0,
    int SpaceAfter = DocxBlocks.BodySpacingAfter)
{
    /// <summary>Body text: justified, first line indented 1 cm, 6 pt after.</summary>
    public static readonly Look Body = new(JustificationValues.Both, Indent: true);

    public static readonly Look Heading = Body with { Bold = true };
    public static readonly Look Centred = new(JustificationValues.Center, SpaceAfter: 0);
}

/// <summary>The few Open XML shapes the consolidated report is made of: paragraphs, rules, borderless tables.</summary>
internal static class DocxBlocks
{
    public const double BodySize = 14;
    public const int BodySpacingAfter = 120;
    public const string Font = "Times New Roman";

    /// <summary>A4 less the decree's left (30 mm) and right (15 mm) margins, in twentieths of a point.</summary>
    public const int TextWidth = 11906 - 1701 - 851;

    public static Paragraph Paragraph(string text, Look look) => Paragraph(look, Runs(text, look));

    public static Paragraph Paragraph(Look look, IEnumerable<OpenXmlElement> content)
    {
        var properties = new ParagraphProperties();
        properties.Append(new SpacingBetweenLines
        {
            Before = look.SpaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture),
            After = look.SpaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Line = "276", LineRule = LineSpacingRuleValues.Auto,
        });
        properties.Append(new Indentation { FirstLine = look.Indent ? "567" : "0" });
        if (look.Align is { } align) properties.Append(new Justification { Val = align });
        var paragraph = new Paragraph(properties);
        paragraph.Append(content);
        return paragraph;
    }

    /// <summary>The text's lines as runs separated by line breaks (a unit's report keeps its own line breaks).</summary>
    public static IEnumerable<OpenXmlElement> Runs(string text, Look look)
    {
        var lines = XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(RunLook(look));
            if (i > 0) run.Append(new Break());
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            yield return run;
        }
    }

    public static RunProperties RunLook(Look look)
    {
        var properties = new RunProperties();
        if (look.Bold) properties.Append(new Bold());
        if (look.Italic) properties.Append(new Italic());
        if (Math.Abs(look.Size - BodySize) > 0.01) properties.Append(new FontSize { Val = HalfPoints(look.Size) });
        return properties;
    }

    /// <summary>
    /// A short horizontal rule under a heading: an empty 6 pt paragraph whose top border is the line, so it sits just under
    /// the text above in Word and in LibreOffice alike. Centred in <paramref name="areaWidth"/> (the page or a table cell).
    /// </summary>
    public static Paragraph Rule(int widthTwips, int areaWidth = TextWidth, int spaceAfter = 0)
    {
        var inset = Math.Max(0, (areaWidth - widthTwips) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "0", After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture), Line = "120", LineRule = LineSpacingRuleValues.Exact },
            new Indentation { Left = inset, Right = inset, FirstLine = "0" },
            new ParagraphMarkRunProperties(new FontSize { Val = "4" })));
    }

    /// <summary>Two columns side by side without borders: the header and the signature block.</summary>
    public static Table TwoColumns(int leftWidth, IEnumerable<OpenXmlElement> left, IEnumerable<OpenXmlElement> right)
    {
        var rightWidth = TextWidth - leftWidth;
        var none = new TableBorders(new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None },
            new BottomBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
            new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });
        return new Table(
            new TableProperties(new TableWidth { Width = TextWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                none, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = Twips(leftWidth) }, new GridColumn { Width = Twips(rightWidth) }),
            new TableRow(Cell(leftWidth, left), Cell(rightWidth, right)));
    }

    public static int CellWidth(int leftWidth, bool left) => left ? leftWidth : TextWidth - leftWidth;

    private static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        return cell;
    }

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
