using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A day of every month: "trước ngày 20 hằng tháng", "ngày 10 và ngày 25 hằng tháng" (each), "chậm nhất ngày 25 hàng tháng", "ngày 15 của tháng báo cáo",
/// "tiếp công dân vào ngày 10 hằng tháng", and the cadence first: "hằng tháng, trước ngày 25". A "đến ngày 14 của tháng
/// báo cáo" that closes a "từ ngày 15 tháng trước" is a data cut-off, not a deadline.
/// </summary>
internal static partial class MonthlyDeadlineRecognizer
{
    private const string Keyword =
        @"(?:(?<before>(?:(?:cham|muon|tre) nhat(?: la)? )?truoc)|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|vao|den(?: het)?|trong)";

    // "ngày 10 và ngày 25 hằng tháng", "ngày 15, 25 hàng tháng": each listed day recurs.
    [GeneratedRegex(
        $@"\b(?:{Keyword} )?ngay (?<d>\d{{1,2}})(?:(?:,| va) (?:ngay )?(?<d>\d{{1,2}})){{0,4}} (?:cua )?(?:(?:hang|moi|tung) thang|thang bao cao)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayOfEveryMonth();

    [GeneratedRegex(
        $@"\b(?:hang|moi|tung) thang,? {Keyword} ngay (?<d>\d{{1,2}})\b(?! ?[/.\-] ?\d| thang| nam)",
        RegexOptions.CultureInvariant)]
    private static partial Regex EveryMonthThenDay();

    public static IEnumerable<Candidate> Find(string folded)
    {
        foreach (Match match in DayOfEveryMonth().Matches(folded).Concat(EveryMonthThenDay().Matches(folded)))
        {
            if (PeriodRange.Closes(folded, match.Index)) continue;
            var days = match.Groups["d"].Captures;
            for (var index = 0; index < days.Count; index++)
            {
                var day = int.Parse(days[index].Value, CultureInfo.InvariantCulture);
                if (match.Groups["before"].Success) day--;
                if (day is < 1 or > 31) continue;
                // Each listed day is a phrase of its own (one obligation per day); the last one ends where the match does.
                var start = index == 0 ? match.Index : days[index].Index;
                var end = index == days.Count - 1 ? match.Index + match.Length : days[index].Index + days[index].Length;
                yield return new Candidate(new MonthlyDeadline(day), start, end, Cadence.Monthly);
            }
        }
    }
}
