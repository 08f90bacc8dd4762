using System.Text.RegularExpressions;

namespace DanVanBot.Language.Tables;

/// <summary>
/// How one text line takes part in a table: a row of cells between "|" (Markdown and web exports) or tab characters
/// (Word's "convert table to text"), a Markdown rule line ("|---|---|"), or a printed row number ("3", "1.2", "II").
/// </summary>
internal static partial class TableLines
{
    /// <summary>
    /// The cells of a "|"- or tab-separated line; null when the line has no such separators. With
    /// <paramref name="keepTrailingEmpty"/>, the empty cells a tab-separated row ends with (Word writes a tab for each)
    /// are kept: a table without row numbers needs them to tell a complete row from one broken over lines.
    /// </summary>
    public static IReadOnlyList<string>? Cells(string raw, bool keepTrailingEmpty = false)
    {
        var text = raw.Trim();
        if (text.Length == 0) return null;
        if (text.Contains('|', StringComparison.Ordinal))
        {
            var cells = text.Split('|');
            var from = text.StartsWith('|') ? 1 : 0;
            var to = text.EndsWith('|') ? cells.Length - 1 : cells.Length;
            if (to - from >= 2) return cells[from..to].Select(c => c.Trim()).ToArray();
        }
        if (text.Contains('\t', StringComparison.Ordinal))
        {
            var row = keepTrailingEmpty ? raw.TrimStart().TrimEnd(' ', '\r', '\u00a0') : text;
            var cells = row.Split('\t').Select(c => c.Trim()).ToArray();
            if (cells.Count(c => c.Length > 0) >= 2 || cells.Length >= 2 && cells[0].Length > 0 && IsRowNumber(cells[0])) return cells;
        }
        return null;
    }

    /// <summary>The index of the first non-blank line after <paramref name="index"/>, or the line count.</summary>
    public static int NextNonBlank(IReadOnlyList<string> lines, int index)
    {
        var next = index + 1;
        while (next < lines.Count && lines[next].Trim().Length == 0) next++;
        return next;
    }

    /// <summary>"|---|:---:|": the line under a Markdown header.</summary>
    public static bool IsRule(IReadOnlyList<string> cells) => cells.All(c => RuleCell().IsMatch(c));

    /// <summary>A printed row number: "3", "3.", "1.2", or a group's "II", "B".</summary>
    public static bool IsRowNumber(string text) => RowNumber().IsMatch(text.Trim());

    /// <summary>A group heading's number: Roman numerals or a capital letter ("II", "B").</summary>
    public static bool IsGroupNumber(string text) => GroupNumber().IsMatch(text.Trim());

    /// <summary>The number without its trailing dot or parenthesis.</summary>
    public static string NumberLabel(string text) => text.Trim().TrimEnd('.', ')');

    [GeneratedRegex(@"^:?-{2,}:?$|^$")]
    private static partial Regex RuleCell();

    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,2}){0,2}|[IVX]{1,5}|[A-DĐ])[.)]?$")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:[IVX]{1,5}|[A-DĐ])[.)]?$")]
    private static partial Regex GroupNumber();
}
