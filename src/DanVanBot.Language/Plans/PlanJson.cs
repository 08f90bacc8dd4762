using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Plans;

/// <summary>
/// The JSON the CLI prints for "plans parse FILE --json": a stable, flat shape for people and scripts, with
/// Vietnamese left readable (not \u-escaped) and dates as yyyy-MM-dd.
/// </summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(ParsedPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var root = new JsonObject
        {
            ["number"] = plan.Number,
            ["issuer"] = plan.Issuer,
            ["issuedOn"] = Date(plan.IssuedOn),
            ["title"] = plan.Title,
            ["period"] = new JsonObject { ["from"] = plan.Period.FromYear, ["to"] = plan.Period.ToYear },
            ["coordinator"] = plan.Coordinator,
            ["units"] = Array(plan.Units.Select(u => u.Name)),
            ["obligations"] = new JsonArray(plan.Obligations.Select(Obligation).ToArray<JsonNode?>()),
            // Added fields go last: scripts reading the earlier shape keep working.
            ["kind"] = KindName(plan.Kind),
        };
        return root.ToJsonString(Options);
    }

    /// <summary>The document kind as the JSON names it: plan, letter (công văn), notice (thông báo), news, other.</summary>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Plan => "plan",
        DocumentKind.OfficialLetter => "letter",
        DocumentKind.Notice => "notice",
        DocumentKind.News => "news",
        _ => "other",
    };

    /// <summary>"quarterly,sixMonthly,yearly"; "periodic" for "định kỳ" without a stated cadence; null when not periodic.</summary>
    public static string? CadenceName(Cadence? cadence)
    {
        if (cadence is null) return null;
        if (cadence == Cadence.None) return "periodic";
        var names = Enum.GetValues<Cadence>()
            .Where(flag => flag != Cadence.None && cadence.Value.HasFlag(flag))
            .Select(flag => JsonNamingPolicy.CamelCase.ConvertName(flag.ToString()));
        return string.Join(',', names);
    }

    private static JsonObject Obligation(PlanObligation obligation)
    {
        var window = obligation.Rule is MonthWindow or QuarterWindow or SpanWindow
            ? obligation.Occurrences.FirstOrDefault(o => o.WindowFrom is not null && o.WindowTo is not null)
            : null;
        return new JsonObject
        {
            ["description"] = obligation.Description,
            ["units"] = Array(obligation.Units),
            ["recipient"] = obligation.Recipient,
            ["phrase"] = obligation.Phrase,
            ["dueDates"] = Array(obligation.DueDates.Select(d => Date(d)!)),
            ["window"] = window is null ? null : new JsonObject { ["from"] = Date(window.WindowFrom), ["to"] = Date(window.WindowTo) },
            ["cadence"] = CadenceName(obligation.Cadence),
            ["needsDate"] = obligation.NeedsDate,
            ["sourceLines"] = new JsonArray(obligation.SourceLines.Select(l => (JsonNode?)l).ToArray()),
            ["partners"] = Array(obligation.Partners),
            ["product"] = obligation.Product,
        };
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    private static string? Date(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
