using System.Globalization;

namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>
/// What "Xem thêm" needs to show the next page, carried in the card's data (no server-side state): the question as
/// typed, the day it was asked (so "tháng này" keeps its meaning) and where to resume. The asker is whoever presses
/// the button, resolved again, so a card seen in a group chat never shows more than the presser may see.
/// Format: <c>v2|20261121|10|tháng này có gì đến hạn</c>.
/// </summary>
internal sealed record AnswerPageToken(DateOnly AskedOn, int Offset, string Question)
{
    private const string Version = "v2";
    private const string DateFormat = "yyyyMMdd";

    /// <summary>Questions are short; a token carrying more is not one this bot wrote.</summary>
    private const int MaxQuestionLength = 500;

    public string Format() => string.Join('|', Version, AskedOn.ToString(DateFormat, CultureInfo.InvariantCulture),
        Offset.ToString(CultureInfo.InvariantCulture), Question);

    /// <summary>Null for anything this version did not write (a tampered or stale card).</summary>
    public static AnswerPageToken? TryParse(string? text)
    {
        var parts = text?.Split('|', 4);
        if (parts is not { Length: 4 } || parts[0] != Version) return null;
        if (!DateOnly.TryParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var askedOn)) return null;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)) return null;
        if (string.IsNullOrWhiteSpace(parts[3]) || parts[3].Length > MaxQuestionLength) return null;
        return new AnswerPageToken(askedOn, offset, parts[3]);
    }
}
