namespace DanVanBot.Language.Text;

/// <summary>
/// Tells whether a folded token (no diacritics, lower case) can be a Vietnamese syllable:
/// an onset from a closed set, a vowel cluster, an optional final consonant. Typo correction only
/// touches tokens that fail this test, so real words ("phuong", "trong") are never "corrected"
/// into a near keyword; only impossible spellings ("thnag", "hna", "thag") are.
/// The test over-accepts a little (it ignores which vowels may follow which onset); that only
/// makes correction more cautious.
/// </summary>
public static class VietnameseSyllable
{
    private static readonly string[] Onsets =
        ["ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
         "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x", ""];

    private static readonly HashSet<string> VowelClusters =
    [
        "a", "e", "i", "o", "u", "y",
        "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui",
        "uo", "uu", "uy", "ye", "yu",
        "oai", "oay", "oao", "oeo", "ieu", "uoi", "uou", "uya", "uye", "uyu", "yeu", "uay", "uai", "uao",
    ];

    private static readonly string[] Codas = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"];

    public static bool IsValid(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty || folded.Length > 7) return false;
        foreach (var onset in Onsets)
        {
            if (!folded.StartsWith(onset, StringComparison.Ordinal)) continue;
            if (IsValidRhyme(folded[onset.Length..])) return true;
        }
        return false;
    }

    private static bool IsValidRhyme(ReadOnlySpan<char> rhyme)
    {
        var vowels = 0;
        while (vowels < rhyme.Length && IsVowel(rhyme[vowels])) vowels++;
        if (vowels == 0) return false;
        var lookup = VowelClusters.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.Contains(rhyme[..vowels])) return false;
        var coda = rhyme[vowels..];
        foreach (var allowed in Codas)
        {
            if (coda.SequenceEqual(allowed)) return true;
        }
        return false;
    }

    private static bool IsVowel(char ch) => ch is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
