namespace DanVanBot.Storage.Reports;

/// <summary>A unit's report for one occurrence, as submitted from a card.</summary>
public sealed record ReportSubmission(
    Guid OccurrenceId,
    Guid UnitId,
    string? SubmittedByAadObjectId,
    string? SubmittedByName,
    string? Content,
    ReportStatus Status = ReportStatus.Submitted);

/// <summary>
/// Where one owing unit stands for an occurrence: "đã nộp" when <see cref="Submitted"/>, else "chưa nộp".
/// <paramref name="GroupUnitId"/> is set when the unit stands in for a group ("UBND 10 phường").
/// </summary>
public sealed record UnitReportStatus(
    Guid UnitId,
    string UnitName,
    Guid? GroupUnitId,
    ReportStatus? Status,
    DateTimeOffset? SubmittedAt,
    string? SubmittedByName)
{
    public bool Submitted => Status == ReportStatus.Submitted;
}
