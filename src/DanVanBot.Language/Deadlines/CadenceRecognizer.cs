using System.Text.RegularExpressions;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Periodic duties without a date: "định kỳ hàng quý, 6 tháng, năm", "hằng tháng", "Hàng năm xây dựng kế hoạch…",
/// and "định kỳ báo cáo" with no cadence at all (<see cref="Cadence.None"/>: the coordinating office decides).
/// Also reads the cadences of the reports a sentence names ("báo cáo 6 tháng", "báo cáo quý", "báo cáo năm").
/// </summary>
internal static partial class CadenceRecognizer
{
    [GeneratedRegex(
        $@"\bdinh ky(?: (?<list>{GrammarPieces.CadenceList}))?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PeriodicList();

    [GeneratedRegex(
        $@"\b(?=hang (?:thang|quy)\b){GrammarPieces.CadenceList}",
        RegexOptions.CultureInvariant)]
    private static partial Regex EveryMonthOrQuarter();

    // "Hàng năm" opening a clause states a yearly duty; inside one ("dự toán kinh phí hàng năm") it does not.
    [GeneratedRegex(
        $@"(?:^|[.;:(\-+] ?)(?<list>(?=hang nam\b){GrammarPieces.CadenceList})",
        RegexOptions.CultureInvariant)]
    private static partial Regex EveryYearOpeningClause();

    [GeneratedRegex(
        @"\bbao cao\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportWord();

    // "định kỳ báo cáo", "định kỳ gửi báo cáo", "báo cáo số liệu định kỳ": the periodic duty is a report.
    [GeneratedRegex(
        @"^ (?:[a-z]+ ){0,2}bao cao\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportRightAfter();
    [GeneratedRegex(
        @"\bbao cao(?: [a-z]+){0,3} $",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportRightBefore();

    [GeneratedRegex(
        $@"\b(?:bao cao|so ket|tong ket)(?: (?!(?:bao|truoc|trong|vao|den|ngay|cua)\b){GrammarPieces.FillerWord}){{0,8}}? (?:dinh ky )?{GrammarPieces.CadenceList}",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedReports();

    public static IEnumerable<Candidate> Find(FoldedText text)
    {
        var folded = text.Value;
        foreach (Match match in PeriodicList().Matches(folded))
        {
            if (match.Groups["list"].Success)
            {
                yield return new Candidate(new CadenceOnly(CadenceWords.FromGroups(match)), match.Index, match.Index + match.Length);
            }
            else if (IsAboutReporting(folded, match.Index, match.Index + match.Length))
            {
                // "định kỳ báo cáo": periodic, cadence unstated unless the sentence names its reports.
                var named = ReportCadence(text) ?? Cadence.None;
                yield return new Candidate(new CadenceOnly(named), match.Index, match.Index + match.Length);
            }
        }
        foreach (Match match in EveryMonthOrQuarter().Matches(folded))
            yield return new Candidate(new CadenceOnly(CadenceWords.FromGroups(match)), match.Index, match.Index + match.Length);
        foreach (Match match in EveryYearOpeningClause().Matches(folded))
        {
            var list = match.Groups["list"];
            yield return new Candidate(new CadenceOnly(CadenceWords.FromGroups(match)), list.Index, list.Index + list.Length);
        }
    }

    /// <summary>The cadences of the reports the whole sentence names; computed once per sentence.</summary>
    public static Cadence? ReportCadence(FoldedText text) => text.Remember(nameof(ReportCadence), static text =>
    {
        var folded = text.Value;
        var cadence = Cadence.None;
        foreach (Match match in NamedReports().Matches(folded)) cadence |= CadenceWords.FromGroups(match);
        foreach (Match match in PeriodicList().Matches(folded))
            if (match.Groups["list"].Success && ClauseMentionsReport(text, match.Index)) cadence |= CadenceWords.FromGroups(match);
        return cadence == Cadence.None ? (Cadence?)null : cadence;
    });

    /// <summary>The cadence of the last report named in <paramref name="folded"/>, when it names exactly one.</summary>
    public static Cadence? LastNamedReport(string folded)
    {
        var matches = NamedReports().Matches(folded);
        if (matches.Count == 0) return null;
        var cadence = CadenceWords.FromGroups(matches[^1]);
        return cadence != Cadence.None && (cadence & (cadence - 1)) == 0 ? cadence : null;
    }

    private static bool ClauseMentionsReport(FoldedText text, int position) =>
        text.Matches(ReportWord()).AnyWithin(text.Clauses.StartOf(position), text.Clauses.EndOf(position));

    private static bool IsAboutReporting(string folded, int start, int end) =>
        ReportRightAfter().IsMatch(folded[end..Math.Min(folded.Length, end + 40)])
        || ReportRightBefore().IsMatch(folded[Math.Max(0, start - 40)..start]);
}
