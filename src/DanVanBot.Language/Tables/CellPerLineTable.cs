using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// A table exported one cell per line: the header's labels, then for each row its number on a line of its own and
/// its cells on the lines after it (a cell of several paragraphs on several lines, an empty cell on none). A row
/// starts at the next number in sequence ("1", "2"…, a group's "I", "II", a sub-row's "1.1"), so a cell that is just
/// a number does not start one. The table ends at a section heading, "PHỤ LỤC", "Nơi nhận", "Trên đây…", a
/// signature ("CHỦ TỊCH" alone: "Chủ tịch UBND xã" is a cell of a schedule), another header, a long sentence after a row that has a line for each column, or a row longer than
/// <see cref="RowAligner.MaxPieces"/> lines.
/// </summary>
internal static partial class CellPerLineTable
{
    public static DocumentTable? Read(IReadOnlyList<string> lines, int headerIndex, int firstRowIndex, IReadOnlyList<TableColumn> columns)
    {
        var rows = new List<TableRow>();
        string? number = null;
        var pieces = new List<string>();
        var pieceLines = new List<int>();
        var rowLines = new List<int>();
        int? previous = null;
        var inlineRows = false;
        var hasTime = columns.Any(c => c.Role == ColumnRole.Time);
        var last = firstRowIndex - 1;
        var filledRow = columns.Count(c => c.Role != ColumnRole.Number);
        // Notes, products, partners and other columns are often left empty: a row may be complete without them.
        var completeRow = Math.Max(1, filledRow - columns.Count(c => c.Role is ColumnRole.Note or ColumnRole.Other or ColumnRole.Partners or ColumnRole.Product));

        void Flush()
        {
            if (number is not null)
            {
                var visits = Visits(columns, pieces);
                if (visits is null && TableRows.FromPieces(columns, number, pieces.ToList(), rowLines.ToList()) is { } row) rows.Add(row);
                foreach (var visit in visits ?? [])
                    if (TableRows.FromPieces(columns, number, visit.Select(i => pieces[i]).ToList(),
                            visit.Select(i => pieceLines[i]).Prepend(rowLines[0]).Distinct().ToList()) is { } part)
                        rows.Add(part);
            }
            (number, pieces, pieceLines, rowLines) = (null, [], [], []);
        }

        for (var index = firstRowIndex; index < lines.Count; index++)
        {
            var text = VietnameseText.Clean(lines[index]);
            if (text.Length == 0) continue;
            if (EndsTable(text)) break;
            var inline = InlineNumber().Match(text);
            if (TableLines.IsRowNumber(text) && NextInSequence(text, ref previous))
            {
                Flush();
                number = text;
            }
            // "1. Ấp Long Bình", "01 | UBND xã…": the number on its first cell's line. Only when the first row was written so
            // (or a cell's own numbered paragraph, "2. Kiểm tra hồ sơ", would start a row in a table that numbers on lines of
            // their own), and with the row's time within its cells ("3. Yêu cầu" under the table has none).
            else if (inline.Success && (rows.Count == 0 && number is null || inlineRows) 
                     && (!hasTime || UnnumberedCellTable.TimeFollows(lines, index, inline.Groups["rest"].Value, filledRow - 1))
                     && NextInSequence(inline.Groups["n"].Value, ref previous))
            {
                Flush();
                (number, inlineRows) = (inline.Groups["n"].Value, true);
                pieces.Add(inline.Groups["rest"].Value);
                pieceLines.Add(index + 1);
            }
            else if (number is null || pieces.Count >= RowAligner.MaxPieces || pieces.Count >= completeRow && IsSentence(text)) break;
            else
            {
                pieces.Add(text);
                pieceLines.Add(index + 1);
            }
            rowLines.Add(index + 1);
            last = index;
        }
        Flush();
        return rows.Any(r => !r.IsGroup) ? new DocumentTable(columns, rows, headerIndex + 1, last + 1) : null;
    }

    /// <summary>
    /// A schedule whose row number (and a team, or any cell before the time) is merged over several visits, each a time
    /// followed by the unit visited: the pieces of each visit, the merged ones first; null for a row of one visit, or a
    /// table that is no such schedule (the units must follow their time, or the next unit would go with the last time).
    /// </summary>
    private static List<List<int>>? Visits(IReadOnlyList<TableColumn> columns, IReadOnlyList<string> pieces)
    {
        var roles = columns.Select(c => c.Role).ToList();
        var time = roles.IndexOf(ColumnRole.Time);
        if (time < 0 || roles.IndexOf(ColumnRole.Subject) < time) return null;
        // Where each time begins (a time of two lines is one).
        var isTime = pieces.Select(RowAligner.IsTimeCell).ToArray();
        var starts = Enumerable.Range(0, pieces.Count).Where(i => isTime[i] && (i == 0 || !isTime[i - 1])).ToList();
        if (starts.Count < 2) return null;
        var visits = new List<List<int>>();
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : pieces.Count;
            // A time with no cell after it ("Chậm nhất ngày 15/6" at the row's end, a note's) is no visit: the row stays whole.
            if (!isTime[starts[k]..end].Contains(false)) return null;
            visits.Add([.. Enumerable.Range(0, starts[0]), .. Enumerable.Range(starts[k], end - starts[k])]);
        }
        return visits;
    }

    /// <summary>A group numeral or a sub-row always starts a row; a plain number only when it is 1 or the one after the last.</summary>
    private static bool NextInSequence(string text, ref int? previous)
    {
        var label = TableLines.NumberLabel(text);
        if (TableLines.IsGroupNumber(text)) { previous = 0; return true; }
        if (label.Contains('.', StringComparison.Ordinal)) return previous is not null;
        var value = int.Parse(label, NumberStyles.None, CultureInfo.InvariantCulture);
        if (value != 1 && value != previous + 1) return false;
        previous = value;
        return true;
    }

    private const int SentenceWords = 12;

    /// <summary>
    /// A long line ending as a sentence does: after a row that already has a line for every column that is seldom left
    /// empty (notes, products, partners and other columns may be) it is the text under the table ("Các đơn vị được kiểm tra chuẩn bị báo cáo … trước ngày 14/8."), not another paragraph of its last cell.
    /// </summary>
    private static bool IsSentence(string text) =>
        (text.EndsWith('.') || text.EndsWith(':')) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords;

    public static bool EndsTable(string text)
    {
        var folded = VietnameseText.Fold(text);
        return Boundary().IsMatch(folded) || RomanHeading().IsMatch(text) || ColumnLabels.RoleOf(text) == ColumnRole.Number;
    }

    [GeneratedRegex(@"^(?<n>\d{1,3}|[IVX]{1,5})(?:[.)]|\s*\|)\s*(?<rest>\p{L}.*)$")]
    private static partial Regex InlineNumber();

    [GeneratedRegex(@"^(?:phu luc|noi nhan|tren day|tm\.|kt\.|t/m|ghi chu|\(kem theo|\(ban hanh kem theo|chu tich$|ke hoach$|thong bao$)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^[IVX]{1,5}\.\s+\p{Lu}[^\p{Ll}]*$")]
    private static partial Regex RomanHeading();
}
