using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DanVanBot.Cards.Templating;

/// <summary>
/// Expands Adaptive Card templates (<c>${…}</c>, <c>$data</c>, <c>$when</c>, <c>$root</c>, <c>$index</c>) with the
/// same results as Microsoft's adaptivecards-templating 2.3.1 for the subset we support: dotted paths, literals,
/// <c>! &amp;&amp; || == != &lt; &lt;= &gt; &gt;= +</c> and <c>if</c>, <c>count</c>, <c>empty</c>, <c>not</c>,
/// <c>and</c>, <c>or</c>, <c>equals</c>. Anything else in a template is rejected with <see cref="CardTemplateException"/>.
/// Like the reference, a missing field inside a string shows as <c>${field}</c>: guard optional fields with <c>$when</c>.
/// </summary>
public static class CardBinder
{
    // Templates are few and fixed (embedded resources), so caching the parsed form by text is bounded.
    private static readonly ConcurrentDictionary<string, object?> Prepared = new(StringComparer.Ordinal);

    /// <summary>Expands a template with <paramref name="data"/> as <c>$root</c>. Null when the root itself is dropped by <c>$when</c>.</summary>
    public static JsonNode? Expand(string templateJson, JsonNode? data)
    {
        ArgumentNullException.ThrowIfNull(templateJson);
        var template = Prepared.GetOrAdd(templateJson, text => TemplateModel.FromTemplate(ParseJson(text)));
        var expanded = new TemplateExpander(TemplateModel.FromData(data)).Expand(template);
        return TemplateModel.ToNode(expanded);
    }

    private static JsonNode? ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new CardTemplateException("The card template is not valid JSON: " + error.Message);
        }
    }
}
