namespace DanVanBot.Domain.Reports;

/// <summary>How far a unit has got with the duty it reports on (a periodic report is done when sent).</summary>
public enum ReportProgress
{
    NotStarted,
    InProgress,
    Completed,
}

/// <summary>
/// What a unit writes in one progress report (reporting.md): results with figures, progress, problems, requests
/// upward, and the number of its own signed report or a link to evidence. Only <see cref="Results"/> is required;
/// <see cref="PercentComplete"/> is given only while the work is in progress.
/// </summary>
public sealed record ReportContent(
    string Results,
    ReportProgress? Progress = null,
    int? PercentComplete = null,
    string? Difficulties = null,
    string? Proposals = null,
    string? DocumentReference = null);
