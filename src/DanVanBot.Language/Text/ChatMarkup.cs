using System.Net;
using System.Text.RegularExpressions;

namespace DanVanBot.Language.Text;

/// <summary>
/// Teams delivers messages as light HTML: the bot's own name arrives as <c>&lt;at&gt;Bot&lt;/at&gt;</c>,
/// pasted text brings tags and entities. Understanding starts from the words a person typed.
/// </summary>
public static partial class ChatMarkup
{
    /// <summary>Drops @-mentions entirely, replaces other tags by a space and decodes HTML entities.</summary>
    public static string ToPlainText(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (text.IndexOf('<') < 0 && text.IndexOf('&') < 0) return text;
        var withoutMentions = MentionPattern().Replace(text, " ");
        var withoutTags = TagPattern().Replace(withoutMentions, " ");
        return WebUtility.HtmlDecode(withoutTags);
    }

    [GeneratedRegex(@"<at\b[^>]*>.*?</at\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagPattern();
}
