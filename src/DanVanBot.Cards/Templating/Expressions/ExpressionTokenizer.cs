using System.Globalization;

namespace DanVanBot.Cards.Templating.Expressions;

internal enum TokenKind { Number, Text, Identifier, Symbol, End }

internal readonly record struct Token(TokenKind Kind, string Value, int Position);

/// <summary>
/// Splits the inside of <c>${…}</c> into tokens, following the adaptive-expressions lexer for the subset we support.
/// Note its quirk: '-' may continue an identifier, so <c>a-b</c> is one name (write <c>a - b</c> for a subtraction).
/// </summary>
internal static class ExpressionTokenizer
{
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "(", ")", ",", "."];

    public static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(expression, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadText(expression, ref i));
            }
            else if (char.IsAsciiLetter(c) || c is '_' or '$')
            {
                var start = i++;
                while (i < expression.Length && (char.IsAsciiLetterOrDigit(expression[i]) || expression[i] is '_' or '-')) i++;
                tokens.Add(new Token(TokenKind.Identifier, expression[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(expression, i, s, 0, s.Length) == 0)
                    ?? throw Unsupported(expression, $"'{c}' at position {i}");
                tokens.Add(new Token(TokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }

        tokens.Add(new Token(TokenKind.End, "", expression.Length));
        return tokens;
    }

    private static Token ReadNumber(string expression, ref int i)
    {
        var start = i;
        while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
        if (i + 1 < expression.Length && expression[i] == '.' && char.IsAsciiDigit(expression[i + 1]))
        {
            i++;
            while (i < expression.Length && char.IsAsciiDigit(expression[i])) i++;
        }

        var text = expression[start..i];
        _ = double.Parse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new Token(TokenKind.Number, text, start);
    }

    private static Token ReadText(string expression, ref int i)
    {
        var quote = expression[i];
        var start = i++;
        var end = expression.IndexOf(quote, i);
        if (end < 0) throw new CardTemplateException($"Unterminated string literal in expression '{expression}'.");
        var text = expression[i..end];
        if (text.Contains('\\')) throw Unsupported(expression, "escape sequences in string literals");
        i = end + 1;
        return new Token(TokenKind.Text, text, start);
    }

    public static CardTemplateException Unsupported(string expression, string what) =>
        new($"Expression '{expression}' uses {what}, which DanVanBot's card binder does not support.");
}
