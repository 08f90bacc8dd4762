namespace DanVanBot.Language.Tables;

/// <summary>
/// A table whose rows are lines of "|"- or tab-separated cells. A Markdown rule line and a header repeated on a new
/// page are skipped; blank lines between rows are allowed. In Word's tab export a cell of several paragraphs breaks its
/// row over several lines: a line that does not start a new row (no row number while the row still lacks cells, or,
/// in a table without numbers, cells that would not overflow the header) continues the last cell, and a line without
/// tabs continues it too while the row is short.
/// </summary>
internal static class SeparatedTable
{
    public static DocumentTable? Read(IReadOnlyList<string> lines, int headerIndex, IReadOnlyList<TableColumn> columns)
    {
        var isPipe = lines[headerIndex].Contains('|', StringComparison.Ordinal);
        var numbered = columns[0].Role == ColumnRole.Number;
        var rows = new List<TableRow>();
        List<string>? fields = null;
        var rowLines = new List<int>();
        var last = headerIndex;

        void Flush()
        {
            if (fields is not null && TableRows.FromFields(columns, fields, rowLines.ToList()) is { } row) rows.Add(row);
            (fields, rowLines) = (null, []);
        }

        for (var index = headerIndex + 1; index < lines.Count; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                var next = TableLines.NextNonBlank(lines, index);
                if (next < lines.Count && TableLines.Cells(lines[next]) is not null) { index = next - 1; continue; }
                break;
            }
            var cells = TableLines.Cells(lines[index], keepTrailingEmpty: !numbered);
            var short_ = fields is not null && fields.Count < columns.Count;
            if (cells is null)
            {
                if (isPipe || !short_) break;
                fields![^1] = (fields[^1] + "\n" + lines[index].Trim()).Trim();
            }
            else if (TableLines.IsRule(cells) || ColumnLabels.TryRead(cells) is not null)
            {
                last = index;
                continue;
            }
            // Without row numbers, a line whose cells would overflow the header once joined starts the next row (the
            // export drops a row's trailing empty cells with its trailing tabs, leaving it short).
            else if (isPipe || fields is null || !short_ || numbered && TableLines.IsRowNumber(cells[0])
                     || !numbered && fields.Count + cells.Count - 1 > columns.Count)
            {
                Flush();
                fields = [.. cells];
            }
            else
            {
                fields![^1] = (fields[^1] + "\n" + cells[0]).Trim();
                fields.AddRange(cells.Skip(1));
            }
            rowLines.Add(index + 1);
            last = index;
        }
        Flush();
        return rows.Any(r => !r.IsGroup) ? new DocumentTable(columns, rows, headerIndex + 1, last + 1) : null;
    }
}
