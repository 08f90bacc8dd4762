using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Questions;

internal sealed record TokenizedQuestion(TokenStream Tokens, bool HasQuestionMark, string? PlanNumber);

/// <summary>
/// Message text → canonical folded tokens: chat markup stripped, Unicode composed, case and
/// diacritics folded, punctuation and emoji dropped, shorthand expanded ("bc" → "bao cao"),
/// typos on keywords repaired. Dates such as "15/12/2026" stay one token; a plan number such as
/// "102/KH-UBND-NV" is taken out first so it is neither a date nor shorthand.
/// </summary>
internal static partial class QuestionTokenizer
{
    private static readonly string[] OwnNames = ["danvanbot", "danvan", "dvbot"];

    public static TokenizedQuestion Tokenize(string? text)
    {
        var lower = ChatMarkup.ToPlainText(text).Normalize(NormalizationForm.FormC).ToLowerInvariant();
        string? planNumber = null;
        var planMatch = PlanNumberPattern().Match(lower);
        if (planMatch.Success)
        {
            planNumber = WhiteSpacePattern().Replace(planMatch.Value, string.Empty).ToUpperInvariant();
            lower = string.Concat(lower.AsSpan(0, planMatch.Index), " ", lower.AsSpan(planMatch.Index + planMatch.Length));
        }

        var words = new List<string>(16);
        var accented = new List<string>(16);
        var position = 0;
        while (TryReadToken(lower, ref position, out var raw)) AddToken(raw, words, accented);
        CanonicalisePhrases(words, accented);
        return new TokenizedQuestion(new TokenStream([.. words], [.. accented]), lower.Contains('?'), planNumber);
    }

    private static bool TryReadToken(string text, ref int position, out string token)
    {
        while (position < text.Length && !IsWordChar(text[position])) position++;
        token = string.Empty;
        if (position >= text.Length) return false;
        var start = position;
        var allDigits = true;
        var builder = new StringBuilder(12);
        while (position < text.Length)
        {
            var ch = text[position];
            if (IsWordChar(ch))
            {
                allDigits &= char.IsAsciiDigit(ch);
                builder.Append(ch);
                position++;
            }
            else if (ch is '\'' or '’' && position > start && position + 1 < text.Length && char.IsLetter(text[position + 1]))
            {
                position++; // "what's" → "whats": English contractions stay one word
            }
            else if (ch is '/' or '-' or '.' && allDigits && position + 1 < text.Length && char.IsAsciiDigit(text[position + 1]))
            {
                builder.Append('/'); // 15-12-2026 and 15.12.2026 read like 15/12/2026
                position++;
            }
            else break;
        }
        token = builder.ToString();
        return true;
    }

    private static bool IsWordChar(char ch) =>
        char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark;

    private static void AddToken(string raw, List<string> words, List<string> accented)
    {
        var folded = VietnameseText.Fold(raw);
        if (folded.Length == 0 || Array.IndexOf(OwnNames, folded) >= 0) return;
        if (Abbreviations.TryExpand(folded, out var expansion))
        {
            words.AddRange(expansion);
            accented.AddRange(expansion);
            // "t6" may be a weekday rather than June: the typed form stays for AmbiguousShorthand to judge.
            if (expansion is ["thang", _]) accented[^2] = folded;
            return;
        }
        if (QuestionVocabulary.Speller.TryCorrect(folded, out var corrected))
        {
            words.Add(corrected);
            accented.Add(corrected);
            return;
        }
        words.Add(folded);
        accented.Add(raw);
    }

    /// <summary>Multi-word names written out in full become the short form the rules use.</summary>
    private static void CanonicalisePhrases(List<string> words, List<string> accented)
    {
        AmbiguousShorthand.Resolve(words, accented);
        for (var i = 0; i + 3 < words.Count; i++)
        {
            if (words[i] == "uy" && words[i + 1] == "ban" && words[i + 2] == "nhan" && words[i + 3] == "dan")
            {
                words.RemoveRange(i + 1, 3);
                accented.RemoveRange(i + 1, 3);
                words[i] = "ubnd";
                accented[i] = "ubnd";
            }
        }
    }

    // "102/KH-UBND-NV", "12/QĐ-UBND": digits, a slash, then letters (not digits: that is a date).
    [GeneratedRegex(@"(?<![\p{L}\p{N}/])\d{1,5}\s*/\s*\p{L}[\p{L}\p{Mn}]{0,5}(?:\s*-\s*[\p{L}\p{Mn}\p{N}]{1,12}){0,4}", RegexOptions.CultureInvariant)]
    private static partial Regex PlanNumberPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();
}
