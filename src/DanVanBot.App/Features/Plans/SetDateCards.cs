using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>The set-date card for one undated occurrence, fresh or shown again with the user's input and a problem.</summary>
internal static class SetDateCards
{
    public const string Verb = "obligation.setDate";
    public const string InputId = "dueDate";
    public const string OccurrenceKey = "obligationId";

    public static JsonObject Fresh(UndatedOccurrence occurrence) =>
        Render(new SetDateCardData(occurrence.OccurrenceId.ToString(), Describe(occurrence.Description, occurrence.Label),
            PlanReference(null, occurrence.PlanTitle)), rawInput: null);

    /// <summary>
    /// The card again with what the user entered kept in the date input: a parsed date goes through the data,
    /// text that is not a date is written back into the input as typed, so nothing the user did is lost.
    /// </summary>
    public static JsonObject Again(OccurrenceForDating occurrence, DateOnly? date, string? rawInput, string error) =>
        Render(new SetDateCardData(occurrence.OccurrenceId.ToString(), Describe(occurrence.Description, occurrence.Label),
            PlanReference(occurrence.PlanNumber, occurrence.PlanTitle), date, error), date is null ? rawInput : null);

    /// <summary>The card for an id that is no longer known: same card, the id kept, the problem named.</summary>
    public static JsonObject Unknown(string occurrenceId, string? rawInput) =>
        Render(new SetDateCardData(occurrenceId, "—", null, null, PlanTexts.ObligationUnknown), rawInput);

    private static JsonObject Render(SetDateCardData data, string? rawInput)
    {
        var card = CardJson.Render(CardNames.SetDate, data);
        if (!string.IsNullOrEmpty(rawInput) && FindInput(card) is { } input) input["value"] = rawInput;
        return card;
    }

    private static JsonObject? FindInput(JsonObject card) =>
        (card["body"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(e => (string?)e["id"] == InputId);

    private static string Describe(string description, string label) =>
        string.IsNullOrWhiteSpace(label) || description.Contains(label, StringComparison.OrdinalIgnoreCase)
            ? description
            : $"{description} ({label})";

    private static string PlanReference(string? number, string title) =>
        string.IsNullOrWhiteSpace(number) ? $"Kế hoạch “{title}”" : $"Kế hoạch số {number}: {title}";
}
