namespace DanVanBot.Language.Questions;

/// <summary>
/// A list of cue phrases over folded tokens that can say which one it found, so an answer can be explained
/// ("help: 'làm sao' + 'nộp'"). Phrases are tried in the order given.
/// </summary>
internal sealed class CueList
{
    private readonly string[] texts;
    private readonly string[][] words;

    public CueList(params string[] phrases)
    {
        texts = phrases;
        words = TokenStream.Phrases(phrases);
    }

    /// <summary>The first phrase that occurs anywhere in the message, or null.</summary>
    public string? Find(TokenStream t)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (t.IndexOf(words[k]) >= 0) return texts[k];
        }
        return null;
    }

    /// <summary>The phrase that starts at <paramref name="index"/>, or null.</summary>
    public string? At(TokenStream t, int index)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (t.Is(index, words[k])) return texts[k];
        }
        return null;
    }

    public bool In(TokenStream t) => Find(t) is not null;
}
