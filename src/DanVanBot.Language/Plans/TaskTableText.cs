using System.Text;
using DanVanBot.Language.Tables;
using DocumentFormat.OpenXml.Wordprocessing;
using WordTableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Writes a Word task table as "|" rows, the text shape <see cref="TextTableFinder"/> reads, so a table gives the same
/// obligations from a .docx as from any export of it. A cell's paragraphs stay apart ("&lt;br&gt;"); a cell spanning
/// columns is followed by empty cells for the columns it covers; a cell continuing a vertical merge shows what the
/// merged cell shows (the task or the lead unit of the rows it spans).
/// </summary>
internal static class TaskTableText
{
    /// <summary>Writes the table and returns true when its first row is a task table's header; else writes nothing.</summary>
    public static bool TryWrite(Table table, StringBuilder output)
    {
        var rows = table.Elements<WordTableRow>().ToList();
        if (rows.Count < 2 || ColumnLabels.TryRead(Cells(rows[0])) is null) return false;
        output.Append('\n');
        List<string> above = [];
        foreach (var row in rows)
        {
            above = Cells(row, above);
            output.Append("| ").AppendJoin(" | ", above).Append(" |\n");
        }
        output.Append('\n');
        return true;
    }

    private static List<string> Cells(WordTableRow row, IReadOnlyList<string>? above = null)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continuesMerge = properties?.VerticalMerge is { } merge && merge.Val?.Value != MergedCellValues.Restart;
            var column = cells.Count;
            cells.Add(continuesMerge ? (above is not null && column < above.Count ? above[column] : string.Empty) : Text(cell));
            var span = properties?.GridSpan?.Val?.Value ?? 1;
            for (var covered = 1; covered < span; covered++) cells.Add(string.Empty);
        }
        return cells;
    }

    private static string Text(TableCell cell) =>
        string.Join("<br>", cell.Elements<Paragraph>().Select(DocxPlanText.TextOf).Select(t => t.Replace('|', '/').Trim()).Where(t => t.Length > 0));
}
