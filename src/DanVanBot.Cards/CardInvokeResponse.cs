using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Cards;

/// <summary>
/// Bodies for answering an <c>adaptiveCard/action</c> invoke (protocol spec §4.1): replace the card, show a message,
/// or report an error. Send the HTTP response with the same status as <see cref="AdaptiveCardInvokeResponse.StatusCode"/>.
/// </summary>
public static class CardInvokeResponse
{
    /// <summary>Replaces the card in the invoking user's client with the expanded template.</summary>
    public static AdaptiveCardInvokeResponse Card<TData>(string cardName, TData data) =>
        Card(cardName, CardJson.Render(cardName, data));

    public static AdaptiveCardInvokeResponse Card(string cardName, JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var value = CardJson.ToElement(card);
        CardMessage.EnsureWithinLimit(cardName, Encoding.UTF8.GetByteCount(value.GetRawText()));
        return new AdaptiveCardInvokeResponse(200, ContentTypes.AdaptiveCard, value);
    }

    /// <summary>Keeps the card and shows a short message.</summary>
    public static AdaptiveCardInvokeResponse Message(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return new AdaptiveCardInvokeResponse(200, ContentTypes.ActivityMessage, JsonSerializer.SerializeToElement(text, ProtocolJsonContext.Default.String));
    }

    /// <summary>An error with a 4xx or 5xx status, e.g. <c>Error(400, "BadRequest", "Thiếu mã nhiệm vụ.")</c>.</summary>
    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var body = new JsonObject { ["code"] = code, ["message"] = message };
        return new AdaptiveCardInvokeResponse(statusCode, ContentTypes.Error, CardJson.ToElement(body));
    }
}
