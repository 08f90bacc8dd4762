namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Settles overlaps between recognisers: a candidate is kept only if it overlaps nothing kept before it (earlier
/// groups first; within a group, leftmost first and the longer of two at the same start). One merge per group keeps
/// this linear in the number of candidates, where checking each against all kept ones would be quadratic.
/// </summary>
internal static class NonOverlapping
{
    /// <param name="kept">Non-overlapping candidates ordered by start.</param>
    /// <returns><paramref name="kept"/> with the group's acceptable candidates merged in, ordered by start.</returns>
    public static List<Candidate> Add(List<Candidate> kept, IEnumerable<Candidate> group)
    {
        var added = new List<Candidate>();
        var next = 0; // the first kept candidate that ends after the current start
        var addedEnd = int.MinValue;
        foreach (var candidate in group.OrderBy(c => c.Start).ThenByDescending(c => c.End))
        {
            while (next < kept.Count && kept[next].End <= candidate.Start) next++;
            var overlapsKept = next < kept.Count && kept[next].Overlaps(candidate);
            // Added candidates are disjoint and start in order, so only the last one can reach this far.
            var overlapsAdded = added.Count > 0 && candidate.Start < addedEnd && added[^1].Overlaps(candidate);
            if (overlapsKept || overlapsAdded) continue;
            added.Add(candidate);
            addedEnd = candidate.End;
        }
        return added.Count == 0 ? kept : Merge(kept, added);
    }

    private static List<Candidate> Merge(List<Candidate> first, List<Candidate> second)
    {
        var merged = new List<Candidate>(first.Count + second.Count);
        int i = 0, j = 0;
        while (i < first.Count || j < second.Count)
        {
            var takeFirst = j == second.Count || (i < first.Count && first[i].Start <= second[j].Start);
            merged.Add(takeFirst ? first[i++] : second[j++]);
        }
        return merged;
    }
}
