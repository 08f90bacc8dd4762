using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DanVanBot.Cards.Templating;

namespace DanVanBot.Cards;

/// <summary>Turns card data records into template data (camelCase, absent optional fields) and expands templates.</summary>
public static class CardJson
{
    /// <summary>
    /// Optional fields are left out rather than written as null: templates test them with <c>empty()</c>, and a null
    /// inside a string would make the reference engine fail.
    /// </summary>
    public static JsonSerializerOptions DataOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static JsonNode? ToData<TData>(TData data) => JsonSerializer.SerializeToNode(data, DataOptions);

    /// <summary>Expands the named template with <paramref name="data"/>: the card JSON, ready to attach.</summary>
    public static JsonObject Render<TData>(string cardName, TData data) =>
        CardBinder.Expand(CardTemplates.Get(cardName), ToData(data)) as JsonObject
        ?? throw new CardTemplateException($"Template '{cardName}' did not expand to a card object.");

    /// <summary>The protocol schema carries attachment content as a <see cref="JsonElement"/>.</summary>
    internal static JsonElement ToElement(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
