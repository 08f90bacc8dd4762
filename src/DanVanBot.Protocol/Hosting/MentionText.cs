using System.Net;
using System.Text.RegularExpressions;

namespace DanVanBot.Protocol.Hosting;

/// <summary>Removes Teams mention markup and HTML from message text before it is interpreted.</summary>
public static partial class MentionText
{
    public static string Strip(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        var withoutMentions = MentionPattern().Replace(text, " ");
        var withoutTags = TagPattern().Replace(withoutMentions, " ");
        return WebUtility.HtmlDecode(withoutTags).Trim();
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex MentionPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
