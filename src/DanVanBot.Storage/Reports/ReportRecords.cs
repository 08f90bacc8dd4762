using DanVanBot.Domain.Reports;

namespace DanVanBot.Storage.Reports;

/// <summary>Who wrote, returned or attached something: the Entra object id and the name shown at the time.</summary>
public sealed record ReportAuthor(string? AadObjectId, string? Name)
{
    public static ReportAuthor Unknown { get; } = new(null, null);
}

/// <summary>
/// One submission or amendment of a unit's report for an occurrence, as sent from a card (or the CLI).
/// <paramref name="SubmissionId"/> is the card's: the same id delivered twice is stored once.
/// </summary>
public sealed record ReportSubmission(
    Guid SubmissionId,
    Guid OccurrenceId,
    Guid UnitId,
    ReportContent Content,
    ReportAuthor Author,
    string? Client = null,
    string? CardVersion = null);

public enum SubmissionOutcome
{
    /// <summary>A new revision was written.</summary>
    Stored,

    /// <summary>This submission id was stored before for the same occurrence and unit (a retry): nothing written.</summary>
    AlreadyStored,

    /// <summary>The submission id belongs to another unit's or occurrence's report: refused, nothing written.</summary>
    SubmissionIdTaken,

    /// <summary>The occurrence or the unit does not exist: nothing written.</summary>
    UnknownTarget,
}

/// <summary>What the receipt card shows about a stored revision.</summary>
public sealed record ReportReceipt(
    Guid ReportId,
    Guid OccurrenceId,
    Guid UnitId,
    int Version,
    Guid SubmissionId,
    DateTimeOffset SubmittedAt,
    DateTimeOffset FirstSubmittedAt,
    bool AfterConsolidation,
    ReportAuthor Author);

public sealed record SubmissionResult(SubmissionOutcome Outcome, ReportReceipt? Receipt = null);

/// <summary>
/// Where one owing unit stands for an occurrence: "đã nộp" when <see cref="Submitted"/>, else "chưa nộp".
/// <paramref name="GroupUnitId"/> is set when the unit stands in for a group ("UBND 10 phường");
/// <paramref name="SubmittedAt"/> is the first submission, <paramref name="SubmittedByName"/> the current version's author.
/// </summary>
public sealed record UnitReportStatus(
    Guid UnitId,
    string UnitName,
    Guid? GroupUnitId,
    ReportStatus? Status,
    DateTimeOffset? SubmittedAt,
    string? SubmittedByName)
{
    public bool Submitted => Status is ReportStatus.Submitted or ReportStatus.Returned;
}
