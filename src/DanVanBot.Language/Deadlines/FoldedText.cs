using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A sentence folded for matching (as <see cref="VietnameseText.Fold"/> does: lower case, no diacritics, one space
/// for any run of white space) that remembers where each folded character came from, so a match in the folded
/// text can be cut verbatim out of the original. Footnote markers (¹²³) and Markdown emphasis (*) are dropped:
/// they sit inside deadline phrases in converted plans ("*Trước ngày 01/5/2022*", "15/6/2023¹").
/// It also keeps what recognisers ask about the whole sentence again and again (its clauses, where a pattern
/// matches), found once, so a sentence with many phrases costs linear time, not phrases × length.
/// </summary>
internal sealed class FoldedText
{
    private readonly string original;
    private readonly List<int> sourceIndex;
    private readonly Dictionary<object, object?> remembered = [];
    private Clauses? clauses;

    private FoldedText(string original, string folded, List<int> sourceIndex)
    {
        this.original = original;
        Value = folded;
        this.sourceIndex = sourceIndex;
    }

    public string Value { get; }

    public Clauses Clauses => clauses ??= new Clauses(Value);

    /// <summary>Where <paramref name="pattern"/> matches in the folded text, found on first use.</summary>
    public MatchIndex Matches(Regex pattern) => Remember(pattern, text => new MatchIndex(pattern, text.Value));

    /// <summary>A fact about the whole sentence, computed once per <paramref name="key"/>.</summary>
    public T Remember<T>(object key, Func<FoldedText, T> compute)
    {
        if (remembered.TryGetValue(key, out var known)) return (T)known!;
        var value = compute(this);
        remembered[key] = value;
        return value;
    }

    public static FoldedText Of(string original)
    {
        var builder = new StringBuilder(original.Length);
        var map = new List<int>(original.Length);
        var pendingSpace = false;
        for (var i = 0; i < original.Length; i++)
        {
            var ch = original[i];
            if (char.IsWhiteSpace(ch)) { pendingSpace = builder.Length > 0; continue; }
            // Emoji and other astral symbols carry no deadline; folding one half of a surrogate pair alone would throw.
            if (IsIgnorable(ch) || char.IsSurrogate(ch)) continue;
            // "ngày 06 (sáu) của tháng cuối quý": legal writing spells a number out after its digits; the digits say it all.
            if (ch == '(' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && SpelledNumberEnd(original, i) is var end and > 0)
            {
                i = end;
                continue;
            }
            if (char.IsAscii(ch))
            {
                if (pendingSpace) { builder.Append(' '); map.Add(i); pendingSpace = false; }
                builder.Append(char.ToLowerInvariant(ch));
                map.Add(i);
                continue;
            }
            var folded = FoldedChar(ch);
            if (folded.Length == 0) continue; // a combining mark of decomposed input
            if (pendingSpace) { builder.Append(' '); map.Add(i); pendingSpace = false; }
            foreach (var f in folded) { builder.Append(f); map.Add(i); }
        }
        return new FoldedText(original, builder.ToString(), map);
    }

    private const int SpelledNumberMaxLength = 40;

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "muoi", "linh", "le", "tram", "nghin", "ngan",
    };

    /// <summary>The index of the ")" closing a parenthesis of number words opened at <paramref name="open"/>, or -1.</summary>
    private static int SpelledNumberEnd(string original, int open)
    {
        var close = original.IndexOf(')', open + 1, Math.Min(SpelledNumberMaxLength, original.Length - open - 1));
        if (close < 0) return -1;
        var words = VietnameseText.Fold(original[(open + 1)..close]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(NumberWords.Contains) ? close : -1;
    }

    // Folding one character at a time normalises a one-letter string each time: the few hundred distinct letters of
    // Vietnamese text are folded once and remembered. ASCII needs no normalisation (it only changes case).
    private static readonly ConcurrentDictionary<char, string> FoldedChars = new();

    private static string FoldedChar(char ch) =>
        FoldedChars.TryGetValue(ch, out var folded) ? folded : FoldedChars.GetOrAdd(ch, VietnameseText.Fold(ch.ToString()));

    /// <summary>Start and length in the original text of the folded range [start, end).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        var from = sourceIndex[start];
        var to = sourceIndex[end - 1] + 1;
        // Keep the combining marks that belong to the last letter of decomposed (NFD) input.
        while (to < original.Length && CharUnicodeInfo.GetUnicodeCategory(original[to]) == UnicodeCategory.NonSpacingMark) to++;
        return (from, to - from);
    }

    public string OriginalText(int start, int end)
    {
        var (from, length) = ToOriginal(start, end);
        return original.Substring(from, length);
    }

    private static bool IsIgnorable(char ch) =>
        ch is '*' or '¹' or '²' or '³' or '\u00AD' or '\u200B' or '\uFEFF' || ch is >= '\u2070' and <= '\u2079';
}
