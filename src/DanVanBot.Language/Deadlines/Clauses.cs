namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Clause limits in one folded sentence: a clause ends at ";" or at a full stop followed by a space (not "01.5.2022").
/// The limits are found once per sentence, so asking for the clause around each of many phrases stays linear.
/// </summary>
internal sealed class Clauses
{
    private readonly int length;
    private readonly bool endsWithFullStop;
    private readonly List<int> boundaries = [];

    public Clauses(string folded)
    {
        length = folded.Length;
        endsWithFullStop = length > 0 && folded[^1] == '.';
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] == ';' || folded[i] == '.' && i + 1 < folded.Length && folded[i + 1] == ' ') boundaries.Add(i);
        }
    }

    /// <summary>Where the clause holding <paramref name="position"/> starts: just after the last boundary before it.</summary>
    public int StartOf(int position)
    {
        var index = FirstBoundaryAtOrAfter(Math.Min(position, length)) - 1;
        return index >= 0 ? boundaries[index] + 1 : 0;
    }

    /// <summary>The boundary that ends the clause at or after <paramref name="position"/>, or the text's length.</summary>
    public int EndOf(int position)
    {
        var index = FirstBoundaryAtOrAfter(position);
        if (index < boundaries.Count) return boundaries[index];
        // A full stop that ends the text ends the clause too, though no space follows it.
        return endsWithFullStop && position <= length - 1 ? length - 1 : length;
    }

    private int FirstBoundaryAtOrAfter(int position)
    {
        var index = boundaries.BinarySearch(position);
        return index >= 0 ? index : ~index;
    }
}
