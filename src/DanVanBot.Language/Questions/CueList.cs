using System.Collections.Frozen;

namespace DanVanBot.Language.Questions;

/// <summary>
/// A list of cue phrases over folded tokens that can say which one it found, so an answer can be explained
/// ("help: 'làm sao' + 'nộp'"). Phrases are tried in the order given: the earliest phrase of the list that occurs
/// anywhere wins. Phrases are indexed by their first word, so a message is read once per list, not once per phrase.
/// </summary>
internal sealed class CueList
{
    private readonly string[] texts;
    private readonly string[][] words;
    private readonly FrozenDictionary<string, int[]> byFirstWord;

    public CueList(params string[] phrases)
    {
        texts = phrases;
        words = TokenStream.Phrases(phrases);
        byFirstWord = Enumerable.Range(0, words.Length)
            .GroupBy(k => words[k][0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Order().ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The first phrase of the list that occurs anywhere in the message, or null.</summary>
    public string? Find(TokenStream t)
    {
        var best = int.MaxValue;
        for (var i = 0; i < t.Count; i++)
        {
            if (!byFirstWord.TryGetValue(t[i], out var candidates)) continue;
            foreach (var k in candidates)
            {
                if (k >= best) break;
                if (t.Is(i, words[k])) { best = k; break; }
            }
        }
        return best == int.MaxValue ? null : texts[best];
    }

    /// <summary>The first phrase of the list that starts at <paramref name="index"/>, or null.</summary>
    public string? At(TokenStream t, int index)
    {
        if (!byFirstWord.TryGetValue(t[index], out var candidates)) return null;
        foreach (var k in candidates)
        {
            if (t.Is(index, words[k])) return texts[k];
        }
        return null;
    }

    public bool In(TokenStream t) => Find(t) is not null;
}
