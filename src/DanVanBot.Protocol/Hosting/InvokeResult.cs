using System.Text.Json;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Hosting;

/// <summary>The synchronous answer to an invoke activity: an HTTP status and a JSON body.</summary>
public sealed record InvokeResult(int Status, JsonElement? Body)
{
    /// <summary>Replace the card in the invoking user's client (spec §4.1).</summary>
    public static InvokeResult Card(JsonElement card) => FromCardResponse(
        new AdaptiveCardInvokeResponse(200, ContentTypes.AdaptiveCard, card));

    /// <summary>Show a short message and keep the card as it is.</summary>
    public static InvokeResult Message(string text) => FromCardResponse(
        new AdaptiveCardInvokeResponse(200, ContentTypes.ActivityMessage, JsonSerializer.SerializeToElement(text, ProtocolJsonContext.Default.String)));

    public static InvokeResult Error(int statusCode, string code, string message)
    {
        var value = JsonSerializer.SerializeToElement(
            new Dictionary<string, string> { ["code"] = code, ["message"] = message },
            ProtocolJsonContext.Default.DictionaryStringString);
        return FromCardResponse(new AdaptiveCardInvokeResponse(statusCode, ContentTypes.Error, value));
    }

    private static InvokeResult FromCardResponse(AdaptiveCardInvokeResponse response) =>
        new(response.StatusCode, JsonSerializer.SerializeToElement(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse));
}
