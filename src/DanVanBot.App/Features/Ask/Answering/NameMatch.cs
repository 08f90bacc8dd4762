using System.Text;
using DanVanBot.Language.Text;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Compares names as officials type them: folded (no case, no diacritics) and with punctuation as
/// spaces, so "van phong thong ke" finds "Văn phòng - Thống kê".
/// </summary>
internal static class NameMatch
{
    public static string Key(string? text)
    {
        var folded = VietnameseText.Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var ch in folded) builder.Append(char.IsLetterOrDigit(ch) ? ch : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// How well <paramref name="mention"/> names <paramref name="name"/>: 3 the same, 2 the name starts with it,
    /// 1 one contains the other as whole words, 0 no match.
    /// </summary>
    public static int Score(string mention, string name)
    {
        var (m, n) = (Key(mention), Key(name));
        if (m.Length == 0 || n.Length == 0) return 0;
        if (m == n) return 3;
        if (n.StartsWith(m + " ", StringComparison.Ordinal)) return 2;
        return ($" {n} ".Contains($" {m} ", StringComparison.Ordinal) || $" {m} ".Contains($" {n} ", StringComparison.Ordinal)) ? 1 : 0;
    }

    /// <summary>True when every word of the phrase occurs, as a whole word, in the text.</summary>
    public static bool ContainsWords(string text, string phrase)
    {
        var words = $" {Key(text)} ";
        return Key(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => words.Contains($" {w} ", StringComparison.Ordinal));
    }
}
