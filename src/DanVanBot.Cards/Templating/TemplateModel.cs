using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVanBot.Cards.Templating;

/// <summary>
/// Converts between System.Text.Json nodes and the JavaScript-shaped values the binder works on
/// (see <see cref="JsSemantics"/>): numbers become doubles, objects keep their key order.
/// </summary>
internal static class TemplateModel
{
    /// <summary>Data: plain values, strings untouched.</summary>
    public static object? FromData(JsonNode? node) => FromNode(node, parseTemplates: false);

    /// <summary>Template: like data, but strings with <c>${</c> become parsed <see cref="TemplateString"/>s.</summary>
    public static object? FromTemplate(JsonNode? node) => FromNode(node, parseTemplates: true);

    private static object? FromNode(JsonNode? node, bool parseTemplates)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject properties:
                var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in properties) result[key] = FromNode(value, parseTemplates);
                return result;
            case JsonArray items:
                return items.Select(item => FromNode(item, parseTemplates)).ToList();
            default:
                return node.GetValueKind() switch
                {
                    JsonValueKind.String when parseTemplates => TemplateStringParser.Parse(node.GetValue<string>()),
                    JsonValueKind.String => node.GetValue<string>(),
                    JsonValueKind.Number => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture),
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => null,
                };
        }
    }

    /// <summary>A literal <c>$data</c> in a template is data, so its template strings go back to plain text.</summary>
    public static object? StripTemplates(object? value) => value switch
    {
        TemplateString template => template.Source,
        List<object?> list => list.Select(StripTemplates).ToList(),
        OrderedDictionary<string, object?> properties => new OrderedDictionary<string, object?>(
            properties.Select(p => KeyValuePair.Create(p.Key, StripTemplates(p.Value))), StringComparer.Ordinal),
        _ => value,
    };

    /// <summary>Back to JSON, as JSON.stringify would write it (undefined properties vanish, undefined items are null).</summary>
    public static JsonNode? ToNode(object? value)
    {
        switch (value)
        {
            case null or Undefined:
                return null;
            case string text:
                return JsonValue.Create(text);
            case bool flag:
                return JsonValue.Create(flag);
            case double number:
                return double.IsFinite(number) ? JsonValue.Create(number) : null;
            case List<object?> list:
                return new JsonArray(list.Select(ToNode).ToArray());
            case OrderedDictionary<string, object?> properties:
                var result = new JsonObject();
                foreach (var (key, item) in properties)
                {
                    if (item is not Undefined) result[key] = ToNode(item);
                }

                return result;
            default:
                throw new InvalidOperationException($"Unexpected template value of type {value.GetType().Name}.");
        }
    }
}
