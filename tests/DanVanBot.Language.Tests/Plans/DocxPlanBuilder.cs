using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>
/// Builds a .docx the way Word saves a plan: automatic multi-level numbering (I. / 1. / a)) and bullets that are not
/// part of the paragraph text, a letterhead table, and tables in the body.
/// </summary>
internal sealed class DocxPlanBuilder
{
    private const int OutlineList = 1;
    private const int BulletList = 2;
    private const string HeadingStyle = "Heading1";
    private readonly List<OpenXmlElement> _blocks = [];

    public DocxPlanBuilder Text(string text)
    {
        _blocks.Add(new Paragraph(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    /// <summary>Numbered paragraph: level 0 = I, II…; 1 = 1, 2…; 2 = a), b)….</summary>
    public DocxPlanBuilder Numbered(int level, string text) => Listed(OutlineList, level, text);

    public DocxPlanBuilder Bullet(string text) => Listed(BulletList, 0, text);

    /// <summary>A section heading numbered through its paragraph style ("Heading1" → I, II…), as Word headings are.</summary>
    public DocxPlanBuilder Heading(string text)
    {
        _blocks.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = HeadingStyle }), new Run(new WordText(text))));
        return this;
    }

    public DocxPlanBuilder Table(string[][] rows, bool firstRowIsHeader = false)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        for (var index = 0; index < rows.Length; index++)
        {
            var row = new TableRow();
            if (index == 0 && firstRowIsHeader) row.Append(new TableRowProperties(new TableHeader()));
            foreach (var cell in rows[index])
                row.Append(new TableCell(cell.Split('\n').Select(line => new Paragraph(new Run(new WordText(line)))).ToArray<OpenXmlElement>()));
            table.Append(row);
        }
        _blocks.Add(table);
        return this;
    }

    public MemoryStream Build()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true)).ToArray()));
            var numberingPart = main.AddNewPart<NumberingDefinitionsPart>();
            numberingPart.Numbering = new Numbering(
                new AbstractNum(
                    Level(0, NumberFormatValues.UpperRoman, "%1."),
                    Level(1, NumberFormatValues.Decimal, "%2."),
                    Level(2, NumberFormatValues.LowerLetter, "%3)")) { AbstractNumberId = 10 },
                new AbstractNum(Level(0, NumberFormatValues.Bullet, "-")) { AbstractNumberId = 20 },
                new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = OutlineList },
                new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = BulletList });
            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            stylesPart.Styles = new Styles(new Style(
                new StyleName { Val = "heading 1" },
                new StyleParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = OutlineList })))
            { Type = StyleValues.Paragraph, StyleId = HeadingStyle });
        }
        stream.Position = 0;
        return stream;
    }

    private DocxPlanBuilder Listed(int list, int level, string text)
    {
        var properties = new ParagraphProperties(new NumberingProperties(
            new NumberingLevelReference { Val = level }, new NumberingId { Val = list }));
        _blocks.Add(new Paragraph(properties, new Run(new WordText(text))));
        return this;
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text }) { LevelIndex = index };
}
