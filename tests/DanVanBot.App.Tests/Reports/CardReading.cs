using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVanBot.App.Tests.Reports;

/// <summary>Reads what a user would see and press on a card: elements by id, texts, and the data of a button.</summary>
public static class CardReading
{
    public static IEnumerable<JsonElement> Elements(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object => new[] { node }.Concat(node.EnumerateObject().SelectMany(p => Elements(p.Value))),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Elements),
        _ => [],
    };

    public static JsonElement Input(JsonElement card, string id) =>
        Elements(card).Single(e => e.TryGetProperty("id", out var i) && i.GetString() == id);

    public static string? InputValue(JsonElement card, string id) =>
        Input(card, id).TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;

    public static IReadOnlyList<string> Texts(JsonElement card) =>
        Elements(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "TextBlock")
            .Select(e => e.GetProperty("text").GetString()!).ToList();

    public static string Fact(JsonElement card, string title) =>
        Elements(card).Where(e => e.TryGetProperty("title", out var t) && t.GetString() == title && e.TryGetProperty("value", out _))
            .Select(e => e.GetProperty("value").GetString()!).Single();

    /// <summary>The Action.Execute buttons with <paramref name="verb"/>, anywhere in the card.</summary>
    public static IReadOnlyList<JsonElement> Buttons(JsonElement card, string verb) =>
        Elements(card).Where(e => e.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute"
            && e.TryGetProperty("verb", out var v) && v.GetString() == verb).ToList();

    /// <summary>The button's data with <paramref name="inputs"/> merged in, as Teams sends it.</summary>
    public static JsonObject Press(JsonElement button, IDictionary<string, JsonNode?>? inputs = null)
    {
        var data = JsonNode.Parse(button.GetProperty("data").GetRawText())!.AsObject();
        foreach (var (key, value) in inputs ?? new Dictionary<string, JsonNode?>()) data[key] = value?.DeepClone();
        return data;
    }
}
