using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Calendar dates governed by a deadline keyword: "trước ngày 01/5/2022", "chậm nhất là ngày 15.6.2023",
/// "hạn chót nộp báo cáo: 30-11-2023", "trước ngày 10 tháng 6 hàng năm", "đến hết ngày 25/11".
/// A date is first found anywhere, then kept only if the text right before it is such a keyword: that is what
/// leaves out dates of cited documents, of the plan itself, anniversaries and periods.
/// </summary>
internal static partial class DatedDeadlineRecognizer
{
    [GeneratedRegex(
        @"(?<![\d/.\-])(?:" +
        @"(?<d>\d{1,2}) ?[/.\-] ?(?<m>\d{1,2})(?: ?[/.\-] ?(?<y>\d{4}))?(?!\d|[/.\-]\d)" +
        @"|(?<d>\d{1,2}) thang (?<m>\d{1,2})(?:,? nam (?<y>\d{4})| ?[/.\-] ?(?<y>\d{4}))?(?!\d)" +
        $@")(?<yearly>,? {GrammarPieces.EveryYear})?",
        RegexOptions.CultureInvariant)]
    private static partial Regex DateExpression();

    // Keywords that make the date the last allowed day itself.
    [GeneratedRegex(
        @"(?:" +
        @"\b(?:cham|muon|tre) nhat(?: la)?(?: vao)?(?: trong)?(?: (?:cac )?ngay)?" +
        $@"|\b(?:han chot|han cuoi|thoi han)(?: (?!truoc\b|tu\b){GrammarPieces.FillerWord}){{0,6}}? ?:?(?: la)?(?: vao)?(?: (?:cac )?ngay)?" +
        @"|\b(?:truoc hoac trong|den het|den|trong) (?:cac )?ngay" +
        // The day an activity takes place: "tiếp công dân vào ngày 08/01/2026", "cụ thể: ngày 08/01, ngày 12/02…".
        @"|\bvao (?:cac )?ngay|\bcu the(?: la)?:? (?:vao )?(?:cac )?ngay" +
        @"|\btruoc \d{1,2} ?(?:gio|h)(?: ?\d{1,2})?(?: phut)?,?(?: (?:cac )?ngay)?" +
        @") ?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex InclusiveKeyword();

    // Keywords that make the day before the date the last allowed day.
    [GeneratedRegex(
        @"(?:" +
        $@"\b(?:han chot|han cuoi|thoi han)(?: (?!truoc\b|tu\b){GrammarPieces.FillerWord}){{0,6}}? ?:?(?: la)? " +
        @"|\b(?:cham|muon|tre) nhat(?: la)? " +
        @")?\btruoc(?: (?:cac )?ngay)? ?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ExclusiveKeyword();

    // "tính đến ngày" is a data cut-off, "từ ngày A đến ngày B" a period: neither is a deadline.
    [GeneratedRegex(
        @"(?:\btinh den(?: het)? ngay|\btu (?:ngay )?\d{1,2} ?[/.\-] ?\d{1,2}(?: ?[/.\-] ?\d{4})? den(?: het)? ngay) ?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotADeadline();

    // A second date listed after a deadline takes the same keyword: "trước ngày 10/6 và 25/11 hàng năm".
    [GeneratedRegex(
        @"^ ?(?:[,;] ?|(?:va|hoac) )(?:truoc )?(?:ngay )?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ListContinuation();

    // The longest text ListContinuation accepts (" hoac truoc ngay "): longer gaps are not looked at.
    private const int ListContinuationMaxLength = 20;

    // "\G": anchored where the date ends, without copying the rest of the sentence. A list of dates is short; the bound
    // keeps a long list from being rescanned from each of its dates.
    [GeneratedRegex(
        $@"\G(?:,? (?:va|hoac)? ?(?:ngay )?\d{{1,2}} ?[/.\-] ?\d{{1,2}}){{0,12}},? {GrammarPieces.EveryYear}",
        RegexOptions.CultureInvariant)]
    private static partial Regex EveryYearLater();

    [GeneratedRegex(
        $@"\b{GrammarPieces.EveryYear}",
        RegexOptions.CultureInvariant)]
    private static partial Regex EveryYearEarlier();

    // "trước ngày 10/01 của năm sau", "… năm liền kề năm báo cáo": the year after the one the document is about.
    [GeneratedRegex(@"\G,? (?:cua )?nam (?:sau|tiep theo|ke tiep|lien ke)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NextYear();

    public static IEnumerable<Candidate> Find(FoldedText text, PlanPeriod period)
    {
        var folded = text.Value;
        Candidate? previous = null;
        bool previousExclusive = false;
        foreach (Match date in DateExpression().Matches(folded))
        {
            var before = folded[Math.Max(0, date.Index - 120)..date.Index];
            if (NotADeadline().IsMatch(before)) continue;
            int start;
            var exclusive = false;
            Match keyword;
            if ((keyword = InclusiveKeyword().Match(before)).Success) { }
            else if ((keyword = ExclusiveKeyword().Match(before)).Success) { exclusive = true; }
            else keyword = Match.Empty;

            if (keyword.Success)
            {
                start = date.Index - before.Length + keyword.Index;
                if (PeriodRange.Closes(folded, start)) continue;
            }
            else if (previous is not null && date.Index - previous.End <= ListContinuationMaxLength
                && ListContinuation().IsMatch(folded.AsSpan(previous.End, date.Index - previous.End)))
            {
                exclusive = previousExclusive;
                start = folded.AsSpan(0, date.Index).EndsWith("ngay ", StringComparison.Ordinal) ? date.Index - 5 : date.Index;
            }
            else continue;

            var nextYear = NextYear().IsMatch(folded, date.Index + date.Length);
            var rule = BuildRule(date, exclusive, nextYear ? new PlanPeriod(period.FromYear + 1, period.ToYear + 1) : period,
                EveryYearNear(text, date, start));
            if (rule is null) continue;
            previous = new Candidate(rule, start, date.Index + date.Length, CadenceWords.RightBefore(folded, start));
            previousExclusive = exclusive;
            yield return previous;
        }
    }

    private static bool EveryYearNear(FoldedText text, Match date, int phraseStart)
    {
        if (date.Groups["yearly"].Success) return true;
        if (EveryYearLater().Match(text.Value, date.Index + date.Length).Success) return true;
        return text.Matches(EveryYearEarlier()).AnyWithin(text.Clauses.StartOf(phraseStart), phraseStart);
    }

    private static DeadlineRule? BuildRule(Match date, bool exclusive, PlanPeriod period, bool everyYear)
    {
        var day = int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1) return null;
        if (date.Groups["y"].Success)
        {
            var year = int.Parse(date.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year is < 1900 or > 2200 || day > DateTime.DaysInMonth(year, month)) return null;
            var stated = new DateOnly(year, month, day);
            return new OneOffDeadline(exclusive ? stated.AddDays(-1) : stated);
        }
        // No year: each year of the period when the plan says so or spans several years, else the plan's year.
        if (everyYear || !period.IsSingleYear)
        {
            if (day > DateTime.DaysInMonth(2000, month)) return null; // 2000 is a leap year: 29/02 is allowed
            var last = new DateOnly(2000, month, day).AddDays(exclusive ? -1 : 0);
            return new YearlyDeadline(last.Month, last.Day);
        }
        if (day > DateTime.DaysInMonth(period.FromYear, month)) return null;
        var inPlanYear = new DateOnly(period.FromYear, month, day);
        return new OneOffDeadline(exclusive ? inPlanYear.AddDays(-1) : inPlanYear);
    }
}
