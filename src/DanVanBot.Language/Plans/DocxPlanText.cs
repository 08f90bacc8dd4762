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
/// </summary>
internal static class DocxPlanText
{
    public static string Read(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null) return string.Empty;
        var main = document.MainDocumentPart!;
        var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering, main.StyleDefinitionsPart?.Styles);
        var output = new StringBuilder();
        var seenDocumentType = false;
        foreach (var element in body.ChildElements)
        {
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
