namespace DanVanBot.Language.Deadlines;

/// <summary>Clause limits in folded text: a clause ends at ";" or at a full stop followed by a space (not "01.5.2022").</summary>
internal static class Clauses
{
    public static int StartOf(string folded, int position)
    {
        for (var i = Math.Min(position, folded.Length) - 1; i >= 0; i--)
        {
            if (folded[i] == ';' || folded[i] == '.' && i + 1 < folded.Length && folded[i + 1] == ' ') return i + 1;
        }
        return 0;
    }

    public static int EndOf(string folded, int position)
    {
        for (var i = position; i < folded.Length; i++)
        {
            if (folded[i] == ';' || folded[i] == '.' && (i + 1 == folded.Length || folded[i + 1] == ' ')) return i;
        }
        return folded.Length;
    }
}
