using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// The parse a preview card showed, kept with the pending import as JSON: "Xuất bản" publishes exactly what the user
/// saw (whatever the bot restarts, or the parser changes, in between) without reading the document a second time.
/// Every <see cref="DeadlineRule"/> kind is written with its type name; computed properties are not written.
/// </summary>
internal static class PreviewedPlan
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // A row that is not a complete parse must not publish a half-empty plan.
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DeadlineRuleKinds, OnlyConstructedProperties } },
    };

    public static byte[] Write(ParsedPlan plan) => JsonSerializer.SerializeToUtf8Bytes(plan, Options);

    /// <summary>Null when the bytes are not a kept parse (e.g. a document kept by an earlier version).</summary>
    public static ParsedPlan? TryRead(byte[] content)
    {
        try
        {
            return JsonSerializer.Deserialize<ParsedPlan>(content, Options);
        }
        catch (Exception error) when (error is JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static void DeadlineRuleKinds(JsonTypeInfo type)
    {
        if (type.Type != typeof(DeadlineRule)) return;
        type.PolymorphismOptions = new JsonPolymorphismOptions();
        var kinds = typeof(DeadlineRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(DeadlineRule)) && !t.IsAbstract);
        foreach (var kind in kinds.OrderBy(t => t.Name, StringComparer.Ordinal))
            type.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(kind, kind.Name));
    }

    // Records' derived properties (DueDates, DatedObligations, PlanPeriod.Years…) would only bloat the row.
    private static void OnlyConstructedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
            type.Properties.Remove(property);
    }
}
