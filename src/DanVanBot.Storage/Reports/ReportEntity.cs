namespace DanVanBot.Storage.Reports;

public enum ReportStatus
{
    /// <summary>Started (e.g. a card saved as draft) but not sent.</summary>
    Draft,

    /// <summary>Sent: counts as "đã nộp".</summary>
    Submitted,

    /// <summary>The coordinating office sent it back for changes.</summary>
    Returned,
}

/// <summary>One unit's report for one occurrence; at most one row per (occurrence, unit).</summary>
internal sealed class ReportEntity
{
    public Guid Id { get; set; }
    public Guid OccurrenceId { get; set; }
    public Guid UnitId { get; set; }
    public ReportStatus Status { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? SubmittedByAadObjectId { get; set; }
    public string? SubmittedByName { get; set; }
    public string? Content { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
