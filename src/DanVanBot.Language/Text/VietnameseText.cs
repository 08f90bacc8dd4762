using System.Globalization;
using System.Text;

namespace DanVanBot.Language.Text;

/// <summary>
/// Folding of Vietnamese text for matching: users and documents mix composed and decomposed
/// Unicode, type without diacritics, or put tone marks on the wrong vowel. Folding removes all
/// of that so "Báo cáo", "bao cao" and "BÁO CÁO" compare equal. Never show folded text to users.
/// </summary>
public static class VietnameseText
{
    /// <summary>Lower case, no diacritics, đ→d, runs of white space collapsed to one space, trimmed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            });
        }
        return builder.ToString();
    }

    /// <summary>Composed (NFC) form with white space collapsed: the form we store and display.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var ch in composed)
        {
            if (char.IsWhiteSpace(ch)) { pendingSpace = builder.Length > 0; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(ch);
        }
        return builder.ToString();
    }
}
