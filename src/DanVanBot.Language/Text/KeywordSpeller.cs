namespace DanVanBot.Language.Text;

/// <summary>
/// Repairs small typos on the few words that carry meaning in a command ("thnág" → "thang",
/// "hnạ" → "han"). It only touches tokens that cannot be a Vietnamese syllable and are not
/// otherwise known, and only within one edit of a keyword, so ordinary words pass untouched.
/// </summary>
public sealed class KeywordSpeller
{
    private readonly string[] _keywords;
    private readonly HashSet<string> _known;

    /// <param name="keywords">Folded keywords in priority order: on a tie the earlier one wins.</param>
    /// <param name="otherKnownWords">Folded words that must never be corrected (English, names).</param>
    public KeywordSpeller(IEnumerable<string> keywords, IEnumerable<string> otherKnownWords)
    {
        _keywords = [.. keywords];
        _known = new HashSet<string>(_keywords, StringComparer.Ordinal);
        _known.UnionWith(otherKnownWords);
    }

    public bool TryCorrect(string folded, out string corrected)
    {
        corrected = folded;
        if (folded.Length < 3 || !IsPlainLetters(folded) || _known.Contains(folded)) return false;
        if (VietnameseSyllable.IsValid(folded)) return false;
        foreach (var keyword in _keywords)
        {
            // Three letters leave too little context for an insertion or deletion to be safe.
            if (folded.Length == 3 && keyword.Length != 3) continue;
            if (!EditDistance.IsWithinOneEdit(folded, keyword)) continue;
            corrected = keyword;
            return true;
        }
        return false;
    }

    private static bool IsPlainLetters(string text)
    {
        foreach (var ch in text)
        {
            if (ch is < 'a' or > 'z') return false;
        }
        return true;
    }
}
