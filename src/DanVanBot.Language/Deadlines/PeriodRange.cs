using System.Text.RegularExpressions;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// "Từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý": a "đến ngày …" that closes a "từ …" opened
/// just before it ends a period (a data cut-off, a term under review), it is not a deadline.
/// </summary>
internal static partial class PeriodRange
{
    private const int LookBack = 80;

    public static bool Closes(string folded, int keywordStart)
    {
        if (!folded.AsSpan(keywordStart).StartsWith("den ", StringComparison.Ordinal)) return false;
        var from = Math.Max(0, keywordStart - LookBack);
        return RangeStart().IsMatch(folded.AsSpan(from, keywordStart - from));
    }

    [GeneratedRegex(@"\btu (?:ngay |thang )?\d[^;,]*$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeStart();
}
