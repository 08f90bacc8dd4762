using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using DanVanBot.Language.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Flattens a .docx plan into the same line-per-paragraph text the parser reads. Word's automatic numbering is
/// not part of the paragraph text, so it is written out ("II. ", "1. ", "a) ", "- "): the structure depends on it.
/// Tables before "KẾ HOẠCH" are the letterhead (one line per cell paragraph); later tables become one bullet per
/// row ("+ first cell: other cells", a number-only cell dropped), so a schedule row reads like a plan's own
/// "+ Báo cáo 6 tháng: trước ngày…" under the paragraph that introduces the table. A task table (a header of column
/// labels, see <see cref="Tables.ColumnLabels"/>) is written as "|" rows instead, read like the same table in any text export.
/// Bounded by <see cref="PlanDocumentLimits"/>: the package and the parts to be loaded are checked first
/// (<see cref="DocxPackageCheck"/>), and the text written out stops at the text limit.
/// </summary>
internal static class DocxPlanText
{
    public static string Read(Stream docx, PlanDocumentLimits limits, CancellationToken cancellationToken)
    {
        using var package = Seekable(docx);
        DocxPackageCheck.CheckEntries(package, limits, cancellationToken);
        package.Position = 0;
        using var document = WordprocessingDocument.Open(package, false, new OpenSettings { MaxCharactersInPart = limits.MaxPartBytes });
        var main = document.MainDocumentPart;
        if (main is null) return string.Empty;
        DocxPackageCheck.CheckDocument(main, limits, cancellationToken);
        DocxPackageCheck.CheckPart(main.NumberingDefinitionsPart, limits, cancellationToken);
        DocxPackageCheck.CheckPart(main.StyleDefinitionsPart, limits, cancellationToken);
        var body = main.Document?.Body;
        if (body is null) return string.Empty;
        var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var output = new StringBuilder();
        var seenDocumentType = false;
        foreach (var element in body.ChildElements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The runs' text was counted before loading; line breaks, list labels and row separators add a little to it
            // (labels are short, paragraphs and cells counted), so twice the limit can only mean a document built to grow.
            if (output.Length > 2L * limits.MaxTextCharacters) throw new PlanTooLargeException($"more than {limits.MaxTextCharacters} characters of text");
            switch (element)
            {
                case Paragraph paragraph:
                    var line = numbering.LabelOf(paragraph) + TextOf(paragraph);
                    output.Append(line).Append('\n');
                    seenDocumentType |= VietnameseText.Fold(line) == "ke hoach";
                    break;
                case Table table when !seenDocumentType:
                    foreach (var cellParagraph in table.Descendants<TableCell>().SelectMany(c => c.Elements<Paragraph>()))
                        output.Append(TextOf(cellParagraph)).Append('\n');
                    break;
                case Table table when TaskTableText.TryWrite(table, output):
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>().Where(r => !IsHeaderRow(r)))
                        output.Append(RowLine(row)).Append("\n\n");
                    break;
            }
        }
        return output.ToString();
    }

    /// <summary>The package in a stream of its own, at position 0: the zip is read twice (checked, then opened).</summary>
    private static MemoryStream Seekable(Stream docx)
    {
        var copy = new MemoryStream();
        docx.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private static string RowLine(TableRow row)
    {
        var cells = row.Elements<TableCell>()
            .Select(c => string.Join(' ', c.Elements<Paragraph>().Select(TextOf)).Trim())
            .Where(text => text.Length > 0 && !text.All(char.IsDigit))
            .ToList();
        return cells.Count switch
        {
            0 => string.Empty,
            1 => "+ " + cells[0],
            _ => "+ " + cells[0].TrimEnd(':') + ": " + string.Join("; ", cells.Skip(1)),
        };
    }

    private static bool IsHeaderRow(TableRow row) =>
        row.TableRowProperties?.GetFirstChild<TableHeader>() is not null;

    internal static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case WordText t: text.Append(t.Text); break;
                case TabChar: text.Append(' '); break;
                case Break: text.Append(' '); break;
            }
        }
        return text.ToString();
    }
}
