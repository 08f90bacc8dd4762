using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>A rule found at [Start, End) of the folded text, before overlaps between recognisers are settled.</summary>
internal sealed record Candidate(DeadlineRule Rule, int Start, int End, Cadence? ReportCadence = null)
{
    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}
