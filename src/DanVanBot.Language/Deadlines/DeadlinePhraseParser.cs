using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Finds deadline phrases in one sentence or bullet of a Vietnamese plan. Case, diacritics, line breaks,
/// non-breaking spaces and footnote markers do not matter; dates of cited documents, of the plan itself,
/// anniversaries and periods ("giai đoạn 2021 – 2030") are not deadlines and are never returned.
/// </summary>
public static class DeadlinePhraseParser
{
    /// <summary>
    /// All deadline phrases in <paramref name="sentence"/>, in text order, non-overlapping. A cadence-only match
    /// ("định kỳ 6 tháng, năm") keeps only the cadences no dated phrase of the sentence already serves, so
    /// "định kỳ 6 tháng (trước ngày 15/6/2023), năm (trước ngày 15/11/2023)" gives two dated matches and no cadence.
    /// </summary>
    public static IReadOnlyList<DeadlineMatch> FindAll(string sentence, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (string.IsNullOrWhiteSpace(sentence)) return [];
        var text = FoldedText.Of(sentence);
        var folded = text.Value;
        if (!GrammarKeywords.MayHoldDeadline(folded)) return [];

        // Earlier groups win overlaps: specific date grammars before cadence words that may sit inside them.
        IEnumerable<Candidate>[] byPriority =
        [
            ActivitySpanRecognizer.Find(text, period),
            QuarterlyDeadlineRecognizer.Find(text),
            WeekdayRecognizer.Find(folded),
            MonthlyDeadlineRecognizer.Find(folded),
            DatedDeadlineRecognizer.Find(text, period),
            WorkingDaysRecognizer.Find(text),
            MonthWindowRecognizer.Find(folded, period),
            QuarterWindowRecognizer.Find(text, period),
            CadenceRecognizer.Find(text),
        ];
        var accepted = new List<Candidate>();
        foreach (var group in byPriority) accepted = NonOverlapping.Add(accepted, group);

        // "vào thứ Năm của tuần thứ hai hằng tháng, cụ thể: ngày 08/01, ngày 12/02…": the dates spell the weekday out.
        if (accepted.Count(c => c.Rule is OneOffDeadline) >= 2) accepted.RemoveAll(c => c.Rule is WeekdayDeadline);
        // A schedule line's own time ("Thứ Ba, ngày 17/11/2026: …") only where the keyworded grammar found no date.
        if (!accepted.Any(c => c.Rule is not CadenceOnly)) accepted = NonOverlapping.Add(accepted, ScheduleEntryRecognizer.Find(folded, period));
        accepted = WithReportCadence(accepted, text);
        accepted = WithoutServedCadences(accepted);
        return accepted
            .OrderBy(c => c.Start)
            .Select(c =>
            {
                var (start, length) = text.ToOriginal(c.Start, c.End);
                return new DeadlineMatch(c.Rule, sentence.Substring(start, length), start, length, c.ReportCadence);
            })
            .ToList();
    }

    /// <summary>The cadence(s) of the reports the sentence names ("báo cáo 6 tháng", "báo cáo quý", "báo cáo năm"), or null.</summary>
    public static Cadence? FindReportCadence(string sentence)
    {
        if (string.IsNullOrWhiteSpace(sentence)) return null;
        var text = FoldedText.Of(sentence);
        return GrammarKeywords.MayNameReport(text.Value) ? CadenceRecognizer.ReportCadence(text) : null;
    }

    // A dated deadline belongs to the report named before it in its clause ("báo cáo năm gửi trước ngày 25/11"),
    // else, if it is the sentence's only one, to the sentence's only named report.
    private static List<Candidate> WithReportCadence(List<Candidate> candidates, FoldedText text)
    {
        var folded = text.Value;
        var result = new List<Candidate>(candidates.Count);
        var previousEnd = 0;
        var datedCount = candidates.Count(IsDated);
        var sentenceCadence = CadenceRecognizer.ReportCadence(text);
        foreach (var candidate in candidates)
        {
            if (!IsDated(candidate)) { result.Add(candidate); continue; }
            var cadence = candidate.ReportCadence;
            var from = Math.Max(previousEnd, text.Clauses.StartOf(candidate.Start));
            cadence ??= CadenceRecognizer.LastNamedReport(folded[from..candidate.Start]);
            if (cadence is null && datedCount == 1 && sentenceCadence is { } single && IsSingleFlag(single)) cadence = single;
            result.Add(candidate with { ReportCadence = cadence });
            previousEnd = candidate.End;
        }
        return result;
    }

    private static bool IsDated(Candidate candidate) => candidate.Rule is OneOffDeadline or YearlyDeadline;

    private static List<Candidate> WithoutServedCadences(List<Candidate> candidates)
    {
        var served = candidates.Where(c => c.Rule is not CadenceOnly)
            .Aggregate(Cadence.None, (all, c) => all | Serves(c));
        if (served == Cadence.None) return candidates;
        var kept = new List<Candidate>();
        foreach (var candidate in candidates)
        {
            if (candidate.Rule is not CadenceOnly { Cadence: var cadence } || cadence == Cadence.None) { kept.Add(candidate); continue; }
            var left = cadence & ~served;
            if (left != Cadence.None) kept.Add(candidate with { Rule = new CadenceOnly(left) });
        }
        return kept;
    }

    // A deadline serves the report named right before it, and a yearly or quarterly rule serves its own cadence.
    private static Cadence Serves(Candidate candidate) => (candidate.ReportCadence ?? Cadence.None) | candidate.Rule switch
    {
        YearlyDeadline => Cadence.Yearly,
        QuarterlyDeadline => Cadence.Quarterly,
        MonthlyDeadline => Cadence.Monthly,
        _ => Cadence.None,
    };

    private static bool IsSingleFlag(Cadence cadence) => cadence != Cadence.None && (cadence & (cadence - 1)) == 0;
}
