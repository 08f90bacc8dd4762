namespace DanVanBot.App.Features.Reports;

/// <summary>
/// Told once a unit's report is stored (a new version, not a repeated submit), after the receipt is decided; other
/// features (reminders) react without the report form knowing them. A failure here does not undo the report.
/// </summary>
internal interface IReportSubmitted
{
    Task ReportSubmittedAsync(Guid occurrenceId, Guid unitId, CancellationToken cancellationToken);
}
