namespace DanVanBot.Language.Questions;

/// <summary>
/// The tokens of a question in two spellings: folded (what rules match) and accented lower case
/// (kept only to settle the few words folding merges, e.g. "sáu" six vs "sau" next).
/// Out-of-range reads return the empty string so rules can look ahead without bounds checks.
/// </summary>
internal sealed class TokenStream(string[] words, string[] accented)
{
    public string[] Words { get; } = words;
    public int Count => Words.Length;
    public string this[int index] => (uint)index < (uint)Words.Length ? Words[index] : string.Empty;
    public string Accented(int index) => (uint)index < (uint)accented.Length ? accented[index] : string.Empty;

    public bool Is(int index, params ReadOnlySpan<string> sequence)
    {
        for (var k = 0; k < sequence.Length; k++)
        {
            if (!string.Equals(this[index + k], sequence[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    public bool IsAny(int index, params ReadOnlySpan<string> options)
    {
        var word = this[index];
        foreach (var option in options)
        {
            if (string.Equals(word, option, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    public int IndexOf(string[] phrase, int from = 0)
    {
        for (var i = from; i + phrase.Length <= Words.Length; i++)
        {
            if (Is(i, phrase)) return i;
        }
        return -1;
    }

    public bool ContainsAny(string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (IndexOf(phrase) >= 0) return true;
        }
        return false;
    }

    /// <summary>A plain decimal token of at most four digits.</summary>
    public bool TryInt(int index, out int value)
    {
        value = 0;
        var word = this[index];
        if (word.Length is 0 or > 4) return false;
        foreach (var ch in word)
        {
            if (ch is < '0' or > '9') return false;
            value = value * 10 + (ch - '0');
        }
        return true;
    }

    public static string[][] Phrases(params string[] phrases) =>
        [.. phrases.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
}
