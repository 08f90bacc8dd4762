using DanVanBot.Cards.Templating.Expressions;

namespace DanVanBot.Cards.Templating;

/// <summary>Splits a template string into literal text and <c>${…}</c> expressions.</summary>
internal static class TemplateStringParser
{
    /// <summary>Returns the string itself when it has no <c>${</c>, otherwise a parsed <see cref="TemplateString"/>.</summary>
    public static object Parse(string text)
    {
        if (!text.Contains("${", StringComparison.Ordinal)) return text;

        // The reference engine hands the whole string to the expression lexer as a `…` template, where backslashes
        // and backticks have meanings of their own; we keep clear of them rather than half-copy that behaviour.
        if (text.Contains('\\') || text.Contains('`'))
        {
            throw new CardTemplateException($"Template string '{text}' contains a backslash or backtick, which DanVanBot's card binder does not support.");
        }

        var parts = new List<object>();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(text[i..]);
                break;
            }

            if (start > i) parts.Add(text[i..start]);
            var end = FindClosingBrace(text, start + 2);
            var expression = text[(start + 2)..end];
            if (string.IsNullOrWhiteSpace(expression)) throw new CardTemplateException($"Empty expression in '{text}'.");
            parts.Add(ExpressionParser.Parse(expression));
            i = end + 1;
        }

        return new TemplateString(text, parts);
    }

    private static int FindClosingBrace(string text, int from)
    {
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == quote) quote = null;
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '}')
            {
                return i;
            }
        }

        throw new CardTemplateException($"Unterminated expression in '{text}'.");
    }
}
