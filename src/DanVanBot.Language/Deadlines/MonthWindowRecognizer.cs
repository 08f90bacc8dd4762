using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Activities planned for a month: "dự kiến thực hiện kiểm tra trong tháng 10/2022", "trong tháng 9 năm 2024",
/// "vào tháng 11/2023"; and "trước tháng 6/2023", a deadline at the end of the month before.
/// A month without a year takes the plan's year, and is skipped in a multi-year plan (which year would it be?).
/// </summary>
internal static partial class MonthWindowRecognizer
{
    [GeneratedRegex(
        $@"\b(?<lead>(?:du kien|kiem tra)(?: {GrammarPieces.FillerWord}){{0,6}}? )?" +
        @"(?:(?<kw>trong thoi gian|trong suot|trong|vao|(?<before>truoc)) )?" +
        @"thang (?<m>\d{1,2})(?: ?[/.\-] ?(?<y>\d{4})|,? nam (?<y>\d{4}))?(?![\d/.\-]\d|\d| (?:nam )?(?:hang|moi) nam)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MonthPhrase();

    public static IEnumerable<Candidate> Find(string folded, PlanPeriod period)
    {
        foreach (Match match in MonthPhrase().Matches(folded))
        {
            if (!match.Groups["lead"].Success && !match.Groups["kw"].Success) continue;
            // "ngày 30 tháng 3 năm 2022" is a full date (the plan's own, or a cited document's), not a month.
            if (!match.Groups["kw"].Success && PrecededByDay(folded, match.Index + match.Groups["lead"].Length)) continue;
            var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12) continue;
            int year;
            if (match.Groups["y"].Success) year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            else if (period.IsSingleYear) year = period.FromYear;
            else continue;
            if (year is < 1900 or > 2200) continue;

            DeadlineRule rule = match.Groups["before"].Success
                ? new OneOffDeadline(new DateOnly(year, month, 1).AddDays(-1))
                : new MonthWindow(year, month);
            yield return new Candidate(rule, match.Index, match.Index + match.Length);
        }
    }

    private static bool PrecededByDay(string folded, int monthWordStart) =>
        monthWordStart >= 2 && char.IsAsciiDigit(folded[monthWordStart - 2]);
}
