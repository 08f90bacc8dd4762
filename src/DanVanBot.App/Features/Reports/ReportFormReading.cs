using System.Text.Json;
using DanVanBot.Domain.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// The form's inputs as a submission carries them. Clients send text; a hand-made request may send anything, so a
/// free-text value that is not text is a problem named by its field, never stored as its JSON. What is shown again is cut to each field's limit: a form carrying 200,000 characters back would not fit in a
/// Teams card (≈ 28 KB), and the client's own input cuts there too.
/// </summary>
internal sealed record ReportFormReading(
    IReadOnlyDictionary<string, string?> Values,
    IReadOnlyDictionary<string, string?> Shown,
    IReadOnlyList<ReportProblem> NotText)
{
    /// <summary>Room for "inProgress" or "100" and a little more, for the inputs without a stated limit.</summary>
    private const int ShortInputLimit = 20;

    public static ReportFormReading From(JsonElement data)
    {
        var values = new Dictionary<string, string?>();
        var shown = new Dictionary<string, string?>();
        var notText = new List<ReportProblem>();
        foreach (var (field, id) in ReportFormCards.Inputs)
        {
            var value = data.ValueKind == JsonValueKind.Object && data.TryGetProperty(id, out var v) ? v : default;
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            };
            // The choice and the percentage are checked against their own values, which JSON of any other shape fails.
            if (IsFreeText(field) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Undefined))
                notText.Add(new ReportProblem(field, ReportProblemKind.NotText));
            values[id] = text;
            shown[id] = Cut(text, LimitOf(field));
        }
        return new ReportFormReading(values, shown, notText);
    }

    /// <summary>The problems to show: a field that is not text is named as such, whatever else the rules found in it.</summary>
    public IReadOnlyList<ReportProblem> Problems(ReportCheck check) =>
        [.. NotText, .. check.Problems.Where(p => NotText.All(n => n.Field != p.Field))];

    private static bool IsFreeText(ReportField field) => field is not (ReportField.Progress or ReportField.PercentComplete);

    private static int LimitOf(ReportField field) => field switch
    {
        ReportField.Results => ReportLimits.ResultsMaxLength,
        ReportField.Difficulties => ReportLimits.DifficultiesMaxLength,
        ReportField.Proposals => ReportLimits.ProposalsMaxLength,
        ReportField.DocumentReference => ReportLimits.DocumentReferenceMaxLength,
        _ => ShortInputLimit,
    };

    private static string? Cut(string? text, int limit)
    {
        if (text is null || text.Length <= limit) return text;
        // Never split a surrogate pair (an emoji) in two.
        return text[..(char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit)];
    }
}
