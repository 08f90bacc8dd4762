using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>
/// The bookkeeping that keeps phrase finding linear (one merge per recogniser group, clause limits found once)
/// must decide exactly what the quadratic originals decided: checked against those originals on random input.
/// </summary>
public sealed class LinearBookkeepingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void NonOverlappingAdd_RandomGroups_KeepsWhatCheckingEveryKeptCandidateKeeps(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 200; round++)
        {
            var groups = Enumerable.Range(0, random.Next(1, 6)).Select(_ => RandomGroup(random)).ToList();

            var merged = new List<Candidate>();
            foreach (var group in groups) merged = NonOverlapping.Add(merged, group);

            Assert.Equal(Naive(groups), merged.Select(c => (c.Start, c.End)).ToList());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a; b. c.5 d;")]
    [InlineData(". ;;. a.")]
    [InlineData("truoc ngay 01.5.2022; bao cao. nam")]
    public void Clauses_EveryPosition_MatchesAScanFromThatPosition(string folded)
    {
        var clauses = new Clauses(folded);

        for (var position = 0; position <= folded.Length; position++)
        {
            Assert.Equal(ScanStart(folded, position), clauses.StartOf(position));
            Assert.Equal(ScanEnd(folded, position), clauses.EndOf(position));
        }
    }

    [Fact]
    public void Clauses_RandomText_MatchesAScanFromEveryPosition()
    {
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var folded = new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => ". ;a5"[random.Next(5)]).ToArray());
            Clauses_EveryPosition_MatchesAScanFromThatPosition(folded);
        }
    }

    private static List<Candidate> RandomGroup(Random random) =>
        Enumerable.Range(0, random.Next(0, 12)).Select(_ =>
        {
            var start = random.Next(0, 60);
            return new Candidate(new CadenceOnly(Cadence.None), start, start + random.Next(1, 10));
        }).ToList();

    /// <summary>The original rule: each candidate, in priority order, against every candidate kept so far.</summary>
    private static List<(int, int)> Naive(List<List<Candidate>> groups)
    {
        var accepted = new List<Candidate>();
        foreach (var group in groups)
            foreach (var candidate in group.OrderBy(c => c.Start).ThenByDescending(c => c.End))
                if (!accepted.Any(candidate.Overlaps)) accepted.Add(candidate);
        return accepted.OrderBy(c => c.Start).Select(c => (c.Start, c.End)).ToList();
    }

    private static int ScanStart(string folded, int position)
    {
        for (var i = Math.Min(position, folded.Length) - 1; i >= 0; i--)
            if (folded[i] == ';' || folded[i] == '.' && i + 1 < folded.Length && folded[i + 1] == ' ') return i + 1;
        return 0;
    }

    private static int ScanEnd(string folded, int position)
    {
        for (var i = position; i < folded.Length; i++)
            if (folded[i] == ';' || folded[i] == '.' && (i + 1 == folded.Length || folded[i + 1] == ' ')) return i;
        return folded.Length;
    }
}
