using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Changes every Adaptive Card the bot sends, in chat messages and in invoke answers alike, so a note that belongs on
/// all cards (e.g. a fixed test date) needs no code in any handler. Registered by the app; none by default.
/// </summary>
public interface IOutgoingCardFilter
{
    JsonObject Apply(JsonObject card);
}

internal static class OutgoingCards
{
    public static void Apply(Activity message, IServiceProvider services)
    {
        if (message.Attachments is not { Count: > 0 } attachments) return;
        var filters = services.GetServices<IOutgoingCardFilter>().ToList();
        if (filters.Count == 0) return;
        foreach (var attachment in attachments)
        {
            if (attachment.ContentType == ContentTypes.AdaptiveCard && attachment.Content is { ValueKind: JsonValueKind.Object } card)
                attachment.Content = Run(filters, card);
        }
    }

    /// <summary>An invoke answer that replaces the card (type adaptive card) gets the same filters.</summary>
    public static InvokeResult Apply(InvokeResult result, IServiceProvider services)
    {
        if (result.Body is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("type", out var type) || type.GetString() != ContentTypes.AdaptiveCard
            || !body.TryGetProperty("value", out var card) || card.ValueKind != JsonValueKind.Object) return result;
        var filters = services.GetServices<IOutgoingCardFilter>().ToList();
        if (filters.Count == 0) return result;
        var response = new AdaptiveCardInvokeResponse(
            body.TryGetProperty("statusCode", out var status) ? status.GetInt32() : result.Status, ContentTypes.AdaptiveCard, Run(filters, card));
        return result with { Body = JsonSerializer.SerializeToElement(response, ProtocolJsonContext.Default.AdaptiveCardInvokeResponse) };
    }

    private static JsonElement Run(List<IOutgoingCardFilter> filters, JsonElement card)
    {
        var node = JsonNode.Parse(card.GetRawText())!.AsObject();
        foreach (var filter in filters) node = filter.Apply(node);
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
