using System.Text.RegularExpressions;

namespace DanVanBot.Language.Deadlines;

/// <summary>The matches of one pattern in one folded sentence, in text order, for range queries in O(log n).</summary>
internal sealed class MatchIndex
{
    private readonly List<int> starts = [];
    private readonly List<int> ends = [];

    public MatchIndex(Regex pattern, string folded)
    {
        foreach (Match match in pattern.Matches(folded))
        {
            starts.Add(match.Index);
            ends.Add(match.Index + match.Length);
        }
    }

    /// <summary>True when a match lies wholly inside [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool AnyWithin(int start, int end)
    {
        // Matches do not overlap, so the first one starting in range is also the first to end.
        var index = starts.BinarySearch(start);
        if (index < 0) index = ~index;
        return index < starts.Count && ends[index] <= end;
    }

    /// <summary>The start of the last match that starts before <paramref name="position"/>, or -1.</summary>
    public int LastStartBefore(int position)
    {
        var index = starts.BinarySearch(position);
        if (index < 0) index = ~index;
        return index > 0 ? starts[index - 1] : -1;
    }
}
