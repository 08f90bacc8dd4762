namespace DanVanBot.Language.Text;

/// <summary>Cheap closeness test for typo tolerance, without building a distance matrix.</summary>
public static class EditDistance
{
    /// <summary>
    /// True when <paramref name="a"/> becomes <paramref name="b"/> by at most one insertion, deletion,
    /// substitution or swap of two neighbouring characters ("thnag" → "thang" is one swap).
    /// </summary>
    public static bool IsWithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var lengthGap = a.Length - b.Length;
        if (lengthGap is > 1 or < -1) return false;
        var prefix = 0;
        var shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix]) prefix++;
        if (prefix == a.Length && prefix == b.Length) return true;
        if (lengthGap == 1) return a[(prefix + 1)..].SequenceEqual(b[prefix..]);
        if (lengthGap == -1) return a[prefix..].SequenceEqual(b[(prefix + 1)..]);
        if (a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])) return true;
        return prefix + 1 < a.Length
            && a[prefix] == b[prefix + 1] && a[prefix + 1] == b[prefix]
            && a[(prefix + 2)..].SequenceEqual(b[(prefix + 2)..]);
    }
}
