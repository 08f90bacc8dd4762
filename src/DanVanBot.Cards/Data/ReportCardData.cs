namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/report-form.json</c>: what is reported on (texts ready to show, the last day as dd/MM/yyyy),
/// the ids the submit button carries back, and, when the card comes back, a problem per field. The user's input is
/// written into the inputs after expansion (<c>ReportFormCards</c>), so nothing typed is lost.
/// </summary>
public sealed record ReportFormCardData(
    string OccurrenceId,
    string UnitId,
    string SubmissionId,
    string CardVersion,
    string Obligation,
    string UnitName,
    string? Period = null,
    string? DueDateText = null,
    int CurrentVersion = 0,
    string? Error = null,
    string? ResultsError = null,
    string? ProgressError = null,
    string? PercentCompleteError = null,
    string? DifficultiesError = null,
    string? ProposalsError = null,
    string? DocumentReferenceError = null);

/// <summary>Data for <c>cards/report-receipt.json</c>: one stored version of a unit's report.</summary>
public sealed record ReportReceiptCardData(
    string OccurrenceId,
    string UnitId,
    string ReceiptNumber,
    string SubmittedAtText,
    string VersionText,
    string Obligation,
    string UnitName,
    string StandingText,
    bool Late,
    string? Period = null,
    string? DueDateText = null,
    string? AuthorName = null);

/// <summary>Data for <c>cards/report-choice.json</c>: the open obligations a unit may report on, nearest deadline first.</summary>
public sealed record ReportChoiceCardData(IReadOnlyList<ReportChoiceItem> Items);

public sealed record ReportChoiceItem(string OccurrenceId, string UnitId, string Obligation, string UnitName, string DueDateText);
