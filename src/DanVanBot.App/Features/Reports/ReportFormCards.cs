using System.Globalization;
using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// The report form for one (occurrence, unit): fresh, prefilled with the current version, or shown again with what
/// the user typed and a problem next to each field. Each form carries a new submission id, so a retried or
/// double-tapped submit of the same form is stored once, and "Sửa báo cáo" makes a new version.
/// </summary>
internal static class ReportFormCards
{
    public const string OpenVerb = "report.open";
    public const string EditVerb = "report.edit";
    public const string SubmitVerb = "report.submit";
    public const string SubmissionKey = "submissionId";
    public const string CardVersionKey = "cardVersion";

    /// <summary>The form's layout version, stored with every revision (which fields the user saw).</summary>
    public const string CardVersion = "1";

    /// <summary>The form's input ids, in the card's order.</summary>
    public static readonly IReadOnlyList<(ReportField Field, string Id)> Inputs =
    [
        (ReportField.Results, "results"),
        (ReportField.Progress, "progress"),
        (ReportField.PercentComplete, "percentComplete"),
        (ReportField.Difficulties, "difficulties"),
        (ReportField.Proposals, "proposals"),
        (ReportField.DocumentReference, "documentReference"),
    ];

    public static JsonObject Fresh(ReportTarget target, ReportContent? current) =>
        Render(Data(target, Guid.NewGuid()), current is null ? [] : Values(current));

    /// <summary>The same form again: the same submission id, the input as typed, each problem by its field.</summary>
    public static JsonObject Again(ReportTarget target, Guid submissionId, IReadOnlyDictionary<string, string?> input, IReadOnlyList<ReportProblem> problems)
    {
        string? ProblemOf(ReportField field) =>
            problems.FirstOrDefault(p => p.Field == field) is { } problem ? ReportTexts.Problem(problem) : null;
        var data = Data(target, submissionId) with
        {
            Error = ReportTexts.FixBelow,
            ResultsError = ProblemOf(ReportField.Results),
            ProgressError = ProblemOf(ReportField.Progress),
            PercentCompleteError = ProblemOf(ReportField.PercentComplete),
            DifficultiesError = ProblemOf(ReportField.Difficulties),
            ProposalsError = ProblemOf(ReportField.Proposals),
            DocumentReferenceError = ProblemOf(ReportField.DocumentReference),
        };
        return Render(data, input);
    }

    public static ReportFormInput ToFormInput(IReadOnlyDictionary<string, string?> input)
    {
        string? Get(ReportField field) => input.GetValueOrDefault(Inputs.Single(i => i.Field == field).Id);
        return new ReportFormInput(Get(ReportField.Results), Get(ReportField.Progress), Get(ReportField.PercentComplete),
            Get(ReportField.Difficulties), Get(ReportField.Proposals), Get(ReportField.DocumentReference));
    }

    private static ReportFormCardData Data(ReportTarget target, Guid submissionId)
    {
        var occurrence = target.Occurrence;
        return new ReportFormCardData(occurrence.OccurrenceId.ToString(), target.Unit.UnitId.ToString(), submissionId.ToString(),
            CardVersion, occurrence.Description, target.Unit.UnitName, PeriodOf(occurrence),
            occurrence.DueOn is { } due ? VietnameseDates.Date(due) : null, target.Unit.CurrentVersion);
    }

    /// <summary>"Quý III/2026", "6 tháng đầu năm 2026": the occurrence's label, unless the description already says it.</summary>
    public static string? PeriodOf(ComplianceOccurrence occurrence) =>
        string.IsNullOrWhiteSpace(occurrence.Label) || occurrence.Description.Contains(occurrence.Label, StringComparison.OrdinalIgnoreCase)
            ? null
            : occurrence.Label;

    private static Dictionary<string, string?> Values(ReportContent content) => new()
    {
        ["results"] = content.Results,
        ["progress"] = content.Progress?.ToValue(),
        ["percentComplete"] = content.PercentComplete?.ToString(CultureInfo.InvariantCulture),
        ["difficulties"] = content.Difficulties,
        ["proposals"] = content.Proposals,
        ["documentReference"] = content.DocumentReference,
    };

    /// <summary>Writes values into the inputs after expansion, so text of any shape comes back exactly as typed.</summary>
    private static JsonObject Render(ReportFormCardData data, IReadOnlyDictionary<string, string?> values)
    {
        var card = CardJson.Render(CardNames.ReportForm, data);
        foreach (var input in (card["body"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)input["id"] is not { } id || values.GetValueOrDefault(id) is not { Length: > 0 } value) continue;
            if ((string?)input["type"] == "Input.Number")
            {
                // A number input holds numbers only; text that is not one is named by the problem under it.
                if (decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) input["value"] = number;
            }
            else
            {
                input["value"] = value;
            }
        }
        return card;
    }
}
