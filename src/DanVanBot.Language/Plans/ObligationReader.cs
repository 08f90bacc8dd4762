using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Tables;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Finds what units must deliver. A sentence with deadline phrases gives one obligation per phrase; a sentence
/// that asks for periodic reports without a date gives one undated obligation (NeedsDate); in "TỔ CHỨC THỰC HIỆN",
/// building the unit's own plan for the year is an undated activity. A paragraph ending with ":" is the lead of
/// the bullets under it ("Định kỳ báo cáo … (qua Phòng Nội vụ) cụ thể:" / "+ Báo cáo 6 tháng: Trước ngày …"):
/// the bullets inherit its route, and it counts on its own only when they give nothing.
/// </summary>
internal static class ObligationReader
{
    /// <summary>Plans have tens of duties; past this many occurrences a document is not a plan but an attack on memory.</summary>
    public const int MaxOccurrences = 100_000;

    /// <summary>
    /// Source lines named by all obligations together. A real plan has tens of obligations of a few lines each; a
    /// paragraph of thousands of lines with a date on each would name every line for every date (lines × dates).
    /// </summary>
    public const int MaxSourceLineReferences = 100_000;

    /// <summary>Obligations of one plan: real plans have tens; each becomes a preview line, a stored row, reminders.</summary>
    public const int MaxObligations = 2_000;

    public static IReadOnlyList<PlanObligation> Read(
        IEnumerable<DutyScope> scopes, PlanPeriod period, CancellationToken cancellationToken = default)
    {
        var obligations = new List<PlanObligation>();
        var budget = new OccurrenceBudget();
        foreach (var scope in scopes)
        {
            var block = new Block(scope, period, obligations, budget, cancellationToken);
            var paragraphs = scope.Paragraphs;
            for (var index = 0; index < paragraphs.Count; index++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var paragraph = paragraphs[index];
                var children = ChildrenOf(paragraphs, index);
                var found = 0;
                var lead = new DutySentence(paragraph.Text);
                foreach (var child in children)
                    if (child.Kind == ParagraphKind.Table || !IsTableTitle(child)) found += ReadBlock(block, paragraph, lead, child);
                if (found == 0) ReadBlock(block, null, null, paragraph);
                index += children.Count;
            }
        }
        return obligations.OrderBy(o => o.SourceLines.FirstOrDefault()).ToList();
    }

    private static List<PlanParagraph> ChildrenOf(IReadOnlyList<PlanParagraph> paragraphs, int leadIndex)
    {
        var lead = paragraphs[leadIndex];
        var children = new List<PlanParagraph>();
        if (!lead.EndsWithColon) return children;
        // "… như sau:" / "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ" / "CỦA LÃNH ĐẠO UBND PHƯỜNG" / the table: a title between the
        // introduction and its table (at most a few lines of it) belongs to them both, and sets nothing itself.
        var titles = 0;
        while (titles < MaxTableTitles && leadIndex + 1 + titles < paragraphs.Count && IsTableTitle(paragraphs[leadIndex + 1 + titles])) titles++;
        if (titles > 0 && leadIndex + 1 + titles < paragraphs.Count && paragraphs[leadIndex + 1 + titles].Kind == ParagraphKind.Table)
            children.AddRange(paragraphs.Skip(leadIndex + 1).Take(titles));
        for (var index = leadIndex + 1 + children.Count; index < paragraphs.Count; index++)
        {
            var candidate = paragraphs[index];
            // "… theo lịch sau:" introduces bullets or a table.
            var isChild = candidate.Kind == ParagraphKind.Table
                || candidate.Kind == ParagraphKind.Bullet && (lead.Kind != ParagraphKind.Bullet || candidate.Label != lead.Label);
            if (!isChild) break;
            children.Add(candidate);
        }
        return children;
    }

    private const int MaxTableTitles = 3;

    /// <summary>A table's title: a short paragraph in capitals, or "(Kèm theo Thông báo số …)".</summary>
    private static bool IsTableTitle(PlanParagraph paragraph) =>
        paragraph.Kind == ParagraphKind.Plain && paragraph.Text.Length <= 200 && !paragraph.EndsWithColon
        && (paragraph.Text.Any(char.IsLetter) && !paragraph.Text.Any(char.IsLower)
            || VietnameseText.Fold(paragraph.Text).StartsWith("(kem theo", StringComparison.Ordinal));

    private static int ReadBlock(Block block, PlanParagraph? lead, DutySentence? leadText, PlanParagraph main)
    {
        var into = block.Into;
        var before = into.Count;
        if (main.Table is { } table)
        {
            var scope = block.Scope;
            var context = new TableContext(scope.SectionPath, scope.Units.Count > 0 ? scope.Units : scope.FallbackUnits, leadText?.Text,
                block.Period, scope.NumbersTableRows);
            foreach (var obligation in TableObligationReader.Read(table, context)) block.Add(obligation);
            return into.Count - before;
        }
        // Once per paragraph, shared by its obligations: a copy for each would cost lines × dates.
        IReadOnlyList<int> lines = (lead is null ? main.Lines : [.. lead.Lines, .. main.Lines]).Distinct().Order().ToList();
        foreach (var text in DutyText.Sentences(main.Text))
        {
            block.CancellationToken.ThrowIfCancellationRequested();
            var sentence = new DutySentence(text);
            var context = new DutyContext(block.Scope, leadText, sentence, lines, block.Period);
            var matches = DeadlinePhraseParser.FindAll(text, block.Period);
            var dated = matches.Where(m => m.Rule is not CadenceOnly && !ReportedAsDone.Before(text, m.Start)).ToList();
            if (dated.Count > 0)
            {
                for (var index = 0; index < dated.Count; index++) block.Add(Dated(context, dated, index));
                continue;
            }
            // Undated duties count only where the plan assigns them to units; elsewhere nobody owns them.
            if (!block.Scope.IsImplementation) continue;
            var undated = Undated(context, matches);
            if (undated is not null) block.Add(undated);
        }
        return into.Count - before;
    }

    private static PlanObligation Dated(DutyContext context, IReadOnlyList<DeadlineMatch> matches, int index)
    {
        var match = matches[index];
        var sentence = context.Sentence;
        var description = ObligationDescription.ForPhrase(sentence, matches, index);
        var cadence = match.ReportCadence ?? CadenceOf(match.Rule) ?? DeadlinePhraseParser.FindReportCadence(description);
        var aboutReport = sentence.ClauseMentionsReport(match.Start) || DutyText.MentionsReport(description);
        var kind = match.Rule is MonthWindow or QuarterWindow or SpanWindow || !aboutReport ? ObligationKind.Activity : ObligationKind.Report;
        // "trước 5 ngày làm việc" counts from an event the plan does not date: someone still has to set the day.
        var hasDate = match.Rule.Expand(context.Period).Any(o => o.LastDay is not null);
        return context.Obligation(description, kind, match.Phrase, match.Rule, cadence, needsDate: !hasDate);
    }

    /// <summary>
    /// A periodic report ("định kỳ hàng quý, 6 tháng, năm … báo cáo"), a periodic activity, or the unit's own
    /// plan for the period: no date, so the coordinating office has to set one.
    /// </summary>
    private static PlanObligation? Undated(DutyContext context, IReadOnlyList<DeadlineMatch> cadenceMatches)
    {
        var next = 0; // matches are in text order, so each clause resumes where the previous one stopped
        foreach (var (start, clause) in ObligationDescription.Clauses(context.Sentence.Text))
        {
            while (next < cadenceMatches.Count && cadenceMatches[next].Start < start) next++;
            var stated = next < cadenceMatches.Count && cadenceMatches[next].Start < start + clause.Length ? cadenceMatches[next] : null;
            var statedCadence = (stated?.Rule as CadenceOnly)?.Cadence;
            var description = ObligationDescription.Capitalise(clause);
            if (DutyText.MentionsReport(clause))
            {
                var cadence = statedCadence ?? DeadlinePhraseParser.FindReportCadence(clause) ?? (DutyText.IsPeriodic(clause) ? Cadence.None : null);
                if (cadence is null) continue;
                return context.Obligation(description, ObligationKind.Report, stated?.Phrase, new CadenceOnly(cadence.Value), cadence, needsDate: true);
            }
            if (context.Scope.Units.Count == 0) continue;
            if (statedCadence is not null || ObligationDescription.BuildsOwnPlan(clause))
            {
                Cadence? cadence = statedCadence
                    ?? (VietnameseText.Fold(clause).Contains("hang nam", StringComparison.Ordinal) ? Cadence.Yearly : null);
                DeadlineRule? rule = cadence is null ? null : new CadenceOnly(cadence.Value);
                return context.Obligation(description, ObligationKind.Activity, stated?.Phrase, rule, cadence, needsDate: true);
            }
        }
        return null;
    }

    private static Cadence? CadenceOf(DeadlineRule rule) => rule switch
    {
        YearlyDeadline => Cadence.Yearly,
        QuarterlyDeadline => Cadence.Quarterly,
        CadenceOnly only => only.Cadence,
        _ => null,
    };

    /// <summary>Where a paragraph's obligations go, and what they share: the scope, the plan period, the limits.</summary>
    private sealed record Block(
        DutyScope Scope, PlanPeriod Period, List<PlanObligation> Into, OccurrenceBudget Budget, CancellationToken CancellationToken)
    {
        public void Add(PlanObligation obligation)
        {
            Budget.Spend(obligation.Occurrences.Count, obligation.SourceLines.Count);
            Into.Add(obligation);
        }
    }

    /// <summary>
    /// Counts occurrences across the plan (each monthly duty of a 20-year plan has 240 of them) and the source lines
    /// its obligations name: what the preview, the stored plan and the database rows will hold.
    /// </summary>
    private sealed class OccurrenceBudget
    {
        private int occurrencesSpent;
        private int linesSpent;
        private int obligations;

        public void Spend(int occurrences, int lines)
        {
            occurrencesSpent += occurrences;
            linesSpent += lines;
            if (++obligations > MaxObligations) throw new PlanTooLargeException($"more than {MaxObligations} obligations");
            if (occurrencesSpent > MaxOccurrences) throw new PlanTooLargeException($"more than {MaxOccurrences} occurrences of duties");
            if (linesSpent > MaxSourceLineReferences) throw new PlanTooLargeException($"more than {MaxSourceLineReferences} source-line references of duties");
        }
    }

    /// <summary>Everything an obligation needs from around its sentence.</summary>
    private sealed record DutyContext(DutyScope Scope, DutySentence? Lead, DutySentence Sentence, IReadOnlyList<int> Lines, PlanPeriod Period)
    {
        public PlanObligation Obligation(string description, ObligationKind kind, string? phrase, DeadlineRule? rule, Cadence? cadence, bool needsDate)
        {
            var units = Scope.Units.Count > 0 ? Scope.Units : Sentence.SubjectUnits;
            if (units.Count == 0 && Lead is not null) units = Lead.SubjectUnits;
            if (units.Count == 0) units = DutyText.CounterpartUnits(Sentence.Text);
            if (units.Count == 0) units = Scope.FallbackUnits;
            var recipient = Sentence.Recipient ?? Lead?.Recipient;
            var via = Sentence.Via ?? Lead?.Via;
            var occurrences = rule?.Expand(Period) ?? [];
            return new PlanObligation(description, kind, units, recipient, via, phrase, rule, occurrences, cadence, needsDate,
                Scope.SectionPath, Lines);
        }
    }
}
