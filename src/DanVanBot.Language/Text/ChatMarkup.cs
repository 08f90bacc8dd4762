using System.Globalization;
using System.Net;
using System.Text;

namespace DanVanBot.Language.Text;

/// <summary>
/// Teams delivers messages as light HTML: the bot's own name arrives as <c>&lt;at&gt;Bot&lt;/at&gt;</c>,
/// pasted text brings tags and entities. Understanding starts from the words a person typed.
/// Two forward passes with the meaning of <c>&lt;at\b[^&gt;]*&gt;.*?&lt;/at\s*&gt;</c> then <c>&lt;/?[a-zA-Z][^&gt;]*&gt;</c>:
/// the regular expressions themselves rescanned the rest of the text from every unclosed <c>&lt;at</c> or <c>&lt;a</c>.
/// </summary>
public static class ChatMarkup
{
    /// <summary>Drops @-mentions (<c>&lt;at …&gt;…&lt;/at&gt;</c>) entirely, replaces other tags by a space and decodes HTML entities.</summary>
    public static string ToPlainText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.IndexOf('<') < 0 && text.IndexOf('&') < 0) return text;
        return WebUtility.HtmlDecode(RemoveTags(RemoveMentions(text)));
    }

    /// <summary>Each mention (any case, attributes allowed, spaces before the closing "&gt;") becomes a space, leftmost first.</summary>
    private static string RemoveMentions(string text)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        var from = 0;
        while (true)
        {
            var open = text.IndexOf("<at", from, StringComparison.OrdinalIgnoreCase);
            if (open < 0) break;
            if (open + 3 < text.Length && IsWordCharacter(text[open + 3])) { from = open + 1; continue; } // "<atlas>"
            var openEnd = text.IndexOf('>', open + 3);
            if (openEnd < 0) break; // no later mention can end its opening tag either
            var close = MentionClose(text, openEnd + 1);
            if (close < 0) break; // nor find a close after it
            output.Append(text, copied, open - copied).Append(' ');
            copied = from = ClosingBracketAfter(text, close) + 1;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Each "&lt;x…&gt;" or "&lt;/x…&gt;" (x an ASCII letter) becomes a space; "1 &lt; 2" stays.</summary>
    private static string RemoveTags(string text)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        var from = 0;
        while (true)
        {
            var open = text.IndexOf('<', from);
            if (open < 0) break;
            var name = open + 1 < text.Length && text[open + 1] == '/' ? open + 2 : open + 1;
            if (name >= text.Length || !char.IsAsciiLetter(text[name])) { from = open + 1; continue; }
            var close = text.IndexOf('>', name + 1);
            if (close < 0) break; // no later tag can close either
            output.Append(text, copied, open - copied).Append(' ');
            copied = from = close + 1;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Where the first "&lt;/at&gt;" (spaces allowed before "&gt;") at or after <paramref name="from"/> starts, or -1.</summary>
    private static int MentionClose(string text, int from)
    {
        for (var close = text.IndexOf("</at", from, StringComparison.OrdinalIgnoreCase); close >= 0;
             close = text.IndexOf("</at", close + 4, StringComparison.OrdinalIgnoreCase))
        {
            var bracket = ClosingBracketAfter(text, close);
            if (bracket < text.Length && text[bracket] == '>') return close;
        }
        return -1;
    }

    /// <summary>The first character after "&lt;/at" and the white space that follows it.</summary>
    private static int ClosingBracketAfter(string text, int close)
    {
        var after = close + 4;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return after;
    }

    /// <summary>What regular expressions call a word character (\w): letters, digits, combining marks, connectors.</summary>
    private static bool IsWordCharacter(char ch) =>
        char.IsLetterOrDigit(ch) || CharUnicodeInfo.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
