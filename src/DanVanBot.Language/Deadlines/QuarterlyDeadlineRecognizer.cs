using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Deadlines in the last month of each quarter: "vào giữa các tháng cuối của mỗi quý" (the 15th),
/// "trước ngày 20 của tháng cuối quý", "chậm nhất ngày 18 tháng cuối mỗi quý"; and reports due at the end of each
/// quarter, "báo cáo vào cuối quý", "gửi báo cáo cuối mỗi quý" (its last day). "tính đến cuối mỗi quý" is a data
/// cut-off, "cuối quý III/2025" one quarter, and "cuối quý" in a sentence about no report no deadline.
/// </summary>
internal static partial class QuarterlyDeadlineRecognizer
{
    private const string LastMonthOfQuarter = @"(?:cua )?(?:cac )?thang cuoi (?:cua )?(?:moi |cac |hang |tung )?quy\b";

    [GeneratedRegex(
        $@"\b(?:(?:vao|khoang|trong|truoc) ){{0,4}}giua (?:cac )?{LastMonthOfQuarter}",
        RegexOptions.CultureInvariant)]
    private static partial Regex MiddleOfLastMonth();

    [GeneratedRegex(
        @"\b(?:(?<before>(?:(?:cham|muon|tre) nhat(?: la)? )?truoc)|(?:cham|muon|tre) nhat(?: la)?(?: vao)?|vao|den(?: het)?|trong) " +
        $@"ngay (?<d>\d{{1,2}}) {LastMonthOfQuarter}",
        RegexOptions.CultureInvariant)]
    private static partial Regex DayOfLastMonth();

    [GeneratedRegex(
        @"\b(?:(?:vao|trong) (?:dip )?cuoi (?:cua )?(?:moi |cac |hang |tung )?quy" +
        @"|(?<!\b(?:den|het|tu|tinh|thang) )cuoi (?:cua )?(?:moi|cac|hang|tung) quy)\b(?! (?:iv|iii|ii|i|\d)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex EndOfQuarter();

    [GeneratedRegex(@"\b(?:bao cao|so ket|tong ket)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ReportWord();

    public static IEnumerable<Candidate> Find(FoldedText text)
    {
        var folded = text.Value;
        foreach (Match match in EndOfQuarter().Matches(folded))
        {
            var clauses = text.Clauses;
            if (!text.Matches(ReportWord()).AnyWithin(clauses.StartOf(match.Index), clauses.EndOf(match.Index))) continue;
            // 31 is clamped to each quarter's last day: 31/03, 30/06, 30/09, 31/12.
            yield return new Candidate(new QuarterlyDeadline(31), match.Index, match.Index + match.Length, Cadence.Quarterly);
        }

        foreach (Match match in MiddleOfLastMonth().Matches(folded))
            yield return new Candidate(new QuarterlyDeadline(15), match.Index, match.Index + match.Length, Cadence.Quarterly);

        foreach (Match match in DayOfLastMonth().Matches(folded))
        {
            if (PeriodRange.Closes(folded, match.Index)) continue;
            var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (match.Groups["before"].Success) day--;
            if (day is < 1 or > 31) continue;
            yield return new Candidate(new QuarterlyDeadline(day), match.Index, match.Index + match.Length, Cadence.Quarterly);
        }
    }
}
