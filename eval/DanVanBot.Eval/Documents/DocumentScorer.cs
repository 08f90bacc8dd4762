using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Language.Text;

namespace DanVanBot.Eval.Documents;

/// <summary>How one document fared.</summary>
internal sealed record DocumentResult(
    DocumentCase Case,
    DocumentPrediction Got,
    bool KindRight,
    bool NumberRight,
    bool IssuerRight,
    bool DateRight,
    IReadOnlyList<ExpectedDeadline> Found,
    IReadOnlyList<ExpectedDeadline> Missed,
    IReadOnlyList<PredictedDeadline> Invented,
    Tally Units)
{
    /// <summary>Found deadlines whose unit no obligation on that day names, with the units those obligations do name.</summary>
    public IReadOnlyList<(ExpectedDeadline Deadline, IReadOnlyList<string> Got)> WrongUnits { get; init; } = [];

    public Tally Recall => new(Found.Count, Found.Count + Missed.Count);

    /// <summary>Invented deadlines whose date is one of the document's listed traps.</summary>
    public int InventedTraps => Invented.Count(i => Case.Expected.Traps?.Any(t => t.Date == i.Key.ToString()) == true);
}

/// <summary>
/// Judges a prediction against the expected extraction. Matching rules (eval/README.md):
/// kind by normalised name; number exactly, ignoring case and spaces; issuer by folded name, "Ủy ban nhân dân"
/// read as "UBND"; issue date exactly. A deadline is found when some obligation has the same last day (or the
/// same window, day for day); when several expected deadlines share a day, as many distinct obligations must
/// carry it. An invented deadline is a predicted day or window that is neither expected nor optional, counted
/// once however many obligations repeat it. A found deadline's unit is right when one of the obligations on that
/// day names a unit that contains, or is contained in, the expected unit (folded, whole words).
/// </summary>
internal static class DocumentScorer
{
    public static DocumentResult Judge(DocumentCase document, DocumentPrediction got)
    {
        var expected = document.Expected;
        var predictedByKey = got.Deadlines.GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.ToList());
        var found = new List<ExpectedDeadline>();
        var missed = new List<ExpectedDeadline>();
        var units = default(Tally);
        var wrongUnits = new List<(ExpectedDeadline, IReadOnlyList<string>)>();
        foreach (var group in expected.Deadlines.GroupBy(d => d.Key))
        {
            var candidates = predictedByKey.GetValueOrDefault(group.Key) ?? [];
            var available = candidates.Select(c => c.Description).Distinct(StringComparer.Ordinal).Count();
            foreach (var deadline in group)
            {
                if (available-- <= 0) { missed.Add(deadline); continue; }
                found.Add(deadline);
                if (deadline.Unit is not { } unit) continue;
                var right = candidates.Any(c => c.Units.Any(u => NameMatch.Score(unit, u) > 0));
                units = units.Add(right);
                if (!right) wrongUnits.Add((deadline, [.. candidates.SelectMany(c => c.Units).Distinct(StringComparer.Ordinal)]));
            }
        }
        var allowed = expected.Deadlines.Concat(expected.Optional ?? []).Select(d => d.Key).ToHashSet();
        var invented = predictedByKey.Where(p => !allowed.Contains(p.Key)).Select(p => p.Value[0]).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal).ToList();
        return new DocumentResult(document, got,
            got.Kind == expected.Kind,
            NumberKey(got.Number) == NumberKey(expected.Number),
            IssuerKey(got.Issuer) == IssuerKey(expected.Issuer),
            got.IssuedOn == expected.IssuedOn,
            found, missed, invented, units) { WrongUnits = wrongUnits };
    }

    public static IReadOnlyList<DocumentResult> Score(IReadOnlyList<DocumentCase> documents, IDocumentPredictor predictor) =>
        [.. documents.Select(d => Judge(d, predictor.Predict(d.FileName, d.Content())))];

    private static string NumberKey(string? number) =>
        number is null ? string.Empty : string.Concat(number.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static string IssuerKey(string? issuer) =>
        NameMatch.Key(issuer).Replace("uy ban nhan dan", "ubnd", StringComparison.Ordinal);
}
