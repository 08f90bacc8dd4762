using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>A day of every month: "trước ngày 20 hằng tháng", "chậm nhất ngày 25 hàng tháng".</summary>
internal static partial class MonthlyDeadlineRecognizer
{
    [GeneratedRegex(
        @"\b(?:(?<before>(?:(?:cham|muon|tre) nhat(?: la)? )?truoc)|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|vao|den(?: het)?|trong) " +
        @"ngay (?<d>\d{1,2}) (?:cua )?(?:hang|moi|tung) thang\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayOfEveryMonth();

    public static IEnumerable<Candidate> Find(string folded)
    {
        foreach (Match match in DayOfEveryMonth().Matches(folded))
        {
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["before"].Success) day--;
            if (day is < 1 or > 31) continue;
            yield return new Candidate(new MonthlyDeadline(day), match.Index, match.Index + match.Length, Cadence.Monthly);
        }
    }
}
