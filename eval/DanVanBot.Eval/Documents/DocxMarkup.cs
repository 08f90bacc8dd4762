using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace DanVanBot.Eval.Documents;

/// <summary>
/// Builds a real Word document from a small markup, so that table-bearing documents reach the reader the way
/// Word saves them (w:tbl rows and cells, merged cells) without committing binaries. One line is one paragraph,
/// except lines starting with <c>|</c>, which are table rows (consecutive rows form one table):
/// <list type="bullet">
/// <item><c>| a | b | c |</c>: one cell per <c>|</c>-separated part; <c> // </c> inside a cell separates paragraphs;</item>
/// <item><c>|! a | b |</c>: a header row (repeated on each page, as Word marks it);</item>
/// <item>a cell that is exactly <c>^</c> continues the cell above (vertical merge);</item>
/// <item>a row with fewer cells than the table: its last cell spans the remaining columns.</item>
/// </list>
/// </summary>
internal static class DocxMarkup
{
    public static byte[] Build(string markup)
    {
        var body = new Body();
        var pendingRows = new List<string>();
        foreach (var line in markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith('|')) { pendingRows.Add(line); continue; }
            if (pendingRows.Count > 0) { body.Append(BuildTable(pendingRows)); pendingRows.Clear(); }
            body.Append(Paragraph(line));
        }
        if (pendingRows.Count > 0) body.Append(BuildTable(pendingRows));

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) =>
        new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table BuildTable(List<string> rowLines)
    {
        var rows = rowLines.Select(ParseRow).ToList();
        var columns = rows.Max(r => r.Cells.Count);
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn { Width = (9000 / columns).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var built = new List<List<TableCell>>();
        foreach (var row in rows)
        {
            var tableRow = new TableRow();
            if (row.IsHeader) tableRow.Append(new TableRowProperties(new TableHeader()));
            var cells = new List<TableCell>();
            for (var index = 0; index < row.Cells.Count; index++)
            {
                var properties = new TableCellProperties();
                var text = row.Cells[index];
                if (text == "^")
                {
                    MarkMergeStart(built, index);
                    properties.Append(new VerticalMerge());
                    text = string.Empty;
                }
                if (index == row.Cells.Count - 1 && row.Cells.Count < columns)
                    properties.Append(new GridSpan { Val = columns - row.Cells.Count + 1 });
                var paragraphs = text.Split(" // ").Select(Paragraph).ToArray<OpenXmlElement>();
                var cell = new TableCell(properties);
                cell.Append(paragraphs);
                cells.Add(cell);
                tableRow.Append(cell);
            }
            built.Add(cells);
            table.Append(tableRow);
        }
        return table;
    }

    /// <summary>The cell above a "^" starts the merge unless it already continues one.</summary>
    private static void MarkMergeStart(List<List<TableCell>> built, int column)
    {
        if (built.Count == 0 || built[^1].Count <= column)
            throw new FormatException("'^' needs a cell above it in the same column");
        var above = built[^1][column].TableCellProperties!;
        if (above.GetFirstChild<VerticalMerge>() is null)
            above.Append(new VerticalMerge { Val = MergedCellValues.Restart });
    }

    private sealed record MarkupRow(bool IsHeader, List<string> Cells);

    private static MarkupRow ParseRow(string line)
    {
        var isHeader = line.StartsWith("|!", StringComparison.Ordinal);
        var inner = line[(isHeader ? 2 : 1)..].TrimEnd();
        if (inner.EndsWith('|')) inner = inner[..^1];
        return new MarkupRow(isHeader, [.. inner.Split('|').Select(cell => cell.Trim())]);
    }
}
