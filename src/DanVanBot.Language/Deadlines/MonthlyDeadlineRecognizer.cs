using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A day of every month: "trước ngày 20 hằng tháng", "chậm nhất ngày 25 hàng tháng", "ngày 15 của tháng báo cáo",
/// "tiếp công dân vào ngày 10 hằng tháng", and the cadence first: "hằng tháng, trước ngày 25". A "đến ngày 14 của tháng
/// báo cáo" that closes a "từ ngày 15 tháng trước" is a data cut-off, not a deadline.
/// </summary>
internal static partial class MonthlyDeadlineRecognizer
{
    private const string Keyword =
        @"(?:(?<before>(?:(?:cham|muon|tre) nhat(?: la)? )?truoc)|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|vao|den(?: het)?|trong)";

    [GeneratedRegex(
        $@"\b(?:{Keyword} )?ngay (?<d>\d{{1,2}}) (?:cua )?(?:(?:hang|moi|tung) thang|thang bao cao)\b",
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
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["before"].Success) day--;
            if (day is < 1 or > 31) continue;
            yield return new Candidate(new MonthlyDeadline(day), match.Index, match.Index + match.Length, Cadence.Monthly);
        }
    }
}
