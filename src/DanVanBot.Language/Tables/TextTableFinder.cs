using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// Finds task tables in a document's text lines, in the three shapes text exports give them: rows of cells between
/// "|", rows of tab-separated cells, or one cell per line (the header's labels on lines of their own, then each row
/// as its number followed by its cells, or, in a schedule without numbers, each row around its time cell). A table starts at a header (see <see cref="ColumnLabels"/>) and ends where
/// its rows stop. One pass over the lines: a header tried and refused is not tried again line by line.
/// </summary>
internal static class TextTableFinder
{
    private const int MinCellPerLineLabels = 3;

    public static IReadOnlyList<DocumentTable> Find(IReadOnlyList<string> lines)
    {
        var tables = new List<DocumentTable>();
        var index = 0;
        while (index < lines.Count)
        {
            var cells = TableLines.Cells(lines[index]);
            if (cells is not null && ColumnLabels.TryRead(cells) is { } columns)
            {
                var table = SeparatedTable.Read(lines, index, columns);
                if (table is not null) tables.Add(table);
                index = table?.LastLine ?? index + 1;
                continue;
            }
            if (cells is null && (IsLabel(lines[index]) || StartsBrokenLabel(lines, index)))
            {
                index = TryCellPerLine(lines, index, tables);
                continue;
            }
            index++;
        }
        return tables;
    }

    /// <summary>
    /// Reads a header of one label per line (from its "TT" label: a title above it may read like a label too; a label
    /// broken over two lines is joined) and the rows under it; returns where to go on.
    /// </summary>
    private static int TryCellPerLine(IReadOnlyList<string> lines, int first, List<DocumentTable> tables)
    {
        var labels = new List<string>();
        var headerStart = -1;
        var next = first;
        for (; next < lines.Count; next++)
        {
            if (lines[next].Trim().Length == 0) continue;
            if (TableLines.Cells(lines[next]) is not null) break;
            if (!IsLabel(lines[next]))
            {
                // A label broken over two lines in the export ("Đơn vị được" / "kiểm tra", "Thời gian" / "hoàn thành",
                // "ĐƠN VỊ ĐƯỢC" / "KIỂM TRA").
                if (headerStart < 0) break;
                var text = lines[next].Trim();
                if (next + 1 < lines.Count && GoesOn(text, lines[next + 1]) && IsLabel($"{text} {lines[next + 1].Trim()}"))
                {
                    labels.Add($"{text} {lines[next + 1].Trim()}");
                    next++;
                    continue;
                }
                if (labels.Count > 1 && GoesOn(labels[^1], text) && IsLabel($"{labels[^1].Trim()} {text}"))
                {
                    labels[^1] = $"{labels[^1].Trim()} {text}";
                    continue;
                }
                break;
            }
            if (headerStart < 0 && ColumnLabels.RoleOf(VietnameseText.Clean(lines[next])) != ColumnRole.Number) continue;
            if (headerStart < 0) headerStart = next;
            labels.Add(lines[next]);
        }
        if (headerStart < 0) return TryUnnumbered(lines, first, Math.Max(next, first + 1), tables) ?? Math.Max(next, first + 1);
        var columns = labels.Count >= MinCellPerLineLabels ? ColumnLabels.TryRead(labels) : null;
        if (columns is null) return next;
        var table = CellPerLineTable.Read(lines, headerStart, next, columns);
        if (table is null) return next;
        tables.Add(table);
        return table.LastLine;
    }

    /// <summary>
    /// A run of labels without a "TT" label (lines <paramref name="first"/> to <paramref name="end"/>): the header of a
    /// table without row numbers, a schedule's (<see cref="UnnumberedCellTable"/>), may start at any of them (a heading
    /// or an introduction that reads like a label may stand above it); where to go on when one is read, else null.
    /// </summary>
    private static int? TryUnnumbered(IReadOnlyList<string> lines, int first, int end, List<DocumentTable> tables)
    {
        for (var start = first; start < end; start++)
        {
            if (UnnumberedCellTable.ReadHeader(lines, start) is not { } header) continue;
            if (ColumnLabels.TryRead(header.Labels) is not { } columns) continue;
            if (UnnumberedCellTable.Read(lines, header.Start, header.Next, columns) is not { } table) continue;
            tables.Add(table);
            return table.LastLine;
        }
        return null;
    }

    /// <summary>The second line of a broken label goes on in lower case, or in capitals under a label in capitals.</summary>
    private static bool GoesOn(string first, string second)
    {
        var text = second.Trim();
        if (text.Length == 0 || TableLines.IsRowNumber(text)) return false;
        return char.IsLower(text[0]) || AllCapitals(first) && AllCapitals(text);
    }

    /// <summary>
    /// A short line that is no label alone but is the first half of one broken over two lines ("ĐƠN VỊ ĐƯỢC" / "KIỂM
    /// TRA"): a header may start there.
    /// </summary>
    private static bool StartsBrokenLabel(IReadOnlyList<string> lines, int index)
    {
        var text = lines[index].Trim();
        if (text.Length is 0 or > 40 || text.Any(char.IsDigit) || text.EndsWith('.') || text.EndsWith(':') || index + 1 >= lines.Count) return false;
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5 || !GoesOn(text, lines[index + 1])) return false;
        return IsLabel($"{text} {lines[index + 1].Trim()}");
    }

    private static bool AllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static bool IsLabel(string line)
    {
        var text = line.Trim();
        return text.Length is > 0 and <= 120 && ColumnLabels.RoleOf(VietnameseText.Clean(text)) is not null;
    }
}
