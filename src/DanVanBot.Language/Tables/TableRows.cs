using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tables;

/// <summary>Builds rows from what a text shape gives: one field per column, or pieces to align by content.</summary>
internal static class TableRows
{
    /// <summary>A row from separated fields: taken as they are when there is one per column, else aligned.</summary>
    public static TableRow? FromFields(IReadOnlyList<TableColumn> columns, IReadOnlyList<string> fields, IReadOnlyList<int> lines)
    {
        if (fields.Count == columns.Count) return Finish(columns, fields.Select(CleanCell).ToArray(), lines);
        var numbered = columns[0].Role == ColumnRole.Number && fields.Count > 0 && TableLines.IsRowNumber(fields[0]);
        var pieces = fields.Skip(numbered ? 1 : 0).Where(f => f.Trim().Length > 0).ToList();
        return FromPieces(columns, numbered ? fields[0] : string.Empty, pieces, lines);
    }

    /// <summary>A row from its number and the pieces of its other cells, in order, cells not marked.</summary>
    public static TableRow? FromPieces(IReadOnlyList<TableColumn> columns, string number, IReadOnlyList<string> pieces, IReadOnlyList<int> lines)
    {
        var roles = columns.Where(c => c.Role != ColumnRole.Number).Select(c => c.Role).ToList();
        var aligned = RowAligner.Align(roles, pieces.Select(CleanCell).ToList());
        var cells = new string[columns.Count];
        var next = 0;
        for (var index = 0; index < columns.Count; index++)
            cells[index] = columns[index].Role == ColumnRole.Number ? number.Trim() : aligned[next++];
        return Finish(columns, cells, lines);
    }

    /// <summary>Each paragraph of a cell cleaned, kept apart by "\n" (Markdown writes a break inside a cell as "&lt;br&gt;").</summary>
    public static string CleanCell(string cell)
    {
        var paragraphs = cell.Replace("<br>", "\n", StringComparison.OrdinalIgnoreCase).Replace("<br/>", "\n", StringComparison.OrdinalIgnoreCase)
            .Split('\n').Select(PlanParagraphReader.CleanLine).Where(p => p.Length > 0);
        return string.Join('\n', paragraphs);
    }

    private static TableRow? Finish(IReadOnlyList<TableColumn> columns, string[] cells, IReadOnlyList<int> lines)
    {
        if (cells.All(c => c.Length == 0)) return null;
        var number = string.Empty;
        var filled = 0;
        var task = string.Empty;
        for (var index = 0; index < columns.Count; index++)
        {
            var role = columns[index].Role;
            if (role == ColumnRole.Number) number = TableLines.NumberLabel(cells[index]);
            else if (cells[index].Length > 0) filled++;
            if (role == ColumnRole.Task && task.Length == 0) task = cells[index].Replace('\n', ' ');
        }
        // "I | CÔNG TÁC TUYÊN TRUYỀN", or "A. CÔNG KHAI THÔNG TIN" across the whole row: a heading over the rows that
        // follow, not a duty of its own.
        var numberIsText = number.Length > 0 && !TableLines.IsRowNumber(number);
        var isGroup = TableLines.IsGroupNumber(number) || filled == 1 && task.Length > 0 && IsUpperCase(task) || filled == 0 && numberIsText;
        if (numberIsText) number = string.Empty;
        return new TableRow(number, cells, isGroup, lines);
    }

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);
}
