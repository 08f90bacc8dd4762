using System.Net;
using System.Text;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Removes Teams mention markup (<c>&lt;at&gt;Bot&lt;/at&gt;</c>) and HTML tags from message text before it is
/// interpreted, and decodes entities. Two forward passes with the meaning of <c>&lt;at&gt;.*?&lt;/at&gt;</c> then
/// <c>&lt;[^&gt;]+&gt;</c>, without their cost: those regular expressions rescanned the rest of the text from every
/// unclosed <c>&lt;</c> (900 KB of <c>&lt;</c> took 33 s). Only the first <see cref="MaxLength"/> characters are
/// looked at: a chat question is a line.
/// </summary>
public static class MentionText
{
    /// <summary>Characters of a message a turn looks at; Teams' own limit is about 28 KB per message.</summary>
    public const int MaxLength = 4_000;

    public static string Strip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var input = text.Length > MaxLength ? text[..MaxLength] : text;
        return WebUtility.HtmlDecode(RemoveTags(RemoveMentions(input))).Trim();
    }

    /// <summary>Each "&lt;at&gt;…&lt;/at&gt;" (any case) becomes a space, leftmost first, ending at the first close.</summary>
    private static string RemoveMentions(string text)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        while (true)
        {
            var open = text.IndexOf("<at>", copied, StringComparison.OrdinalIgnoreCase);
            if (open < 0) break;
            var close = text.IndexOf("</at>", open + 4, StringComparison.OrdinalIgnoreCase);
            if (close < 0) break; // no later mention can close either
            output.Append(text, copied, open - copied).Append(' ');
            copied = close + 5;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Each "&lt;…&gt;" with something inside becomes a space.</summary>
    private static string RemoveTags(string text)
    {
        var output = new StringBuilder(text.Length);
        var copied = 0;
        var from = 0;
        while (true)
        {
            var open = text.IndexOf('<', from);
            if (open < 0) break;
            var close = text.IndexOf('>', open + 1);
            if (close < 0) break; // no later tag can close either
            if (close == open + 1) { from = close; continue; } // "<>" is no tag
            output.Append(text, copied, open - copied).Append(' ');
            copied = from = close + 1;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }
}
