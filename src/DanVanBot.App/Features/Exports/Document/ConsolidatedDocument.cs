using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.App.Features.Exports.Document;

/// <summary>
/// The draft consolidated report as a .docx package: A4, the decree's margins (top and bottom 20 mm, left 30 mm, right
/// 15 mm), Times New Roman 14 pt, and the comments that trace unit text to its report.
/// </summary>
internal static class ConsolidatedDocument
{
    public static void Write(ExportData data, DateTimeOffset writtenAt, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();

        var comments = new SourceComments(writtenAt.UtcDateTime);
        var body = new Body();
        body.Append(ConsolidatedReport.Build(data, comments));
        body.Append(Page());
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        if (comments.Any) main.AddNewPart<WordprocessingCommentsPart>().Comments = comments.Build();
    }

    private static SectionProperties Page() => new(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 });

    /// <summary>Document defaults rather than per-run fonts: every paragraph, table and comment is Times New Roman 14 pt.</summary>
    private static Styles Styles()
    {
        var fonts = new RunFonts { Ascii = DocxBlocks.Font, HighAnsi = DocxBlocks.Font, ComplexScript = DocxBlocks.Font, EastAsia = DocxBlocks.Font };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts, new Color { Val = "000000" }, new FontSize { Val = "28" },
                new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })));
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true };
        return new Styles(defaults, normal);
    }
}
