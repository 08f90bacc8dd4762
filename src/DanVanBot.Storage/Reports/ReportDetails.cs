using DanVanBot.Domain.Reports;

namespace DanVanBot.Storage.Reports;

/// <summary>A unit head sent a version back: why, who, when.</summary>
public sealed record ReportReturnInfo(string Reason, ReportAuthor ReturnedBy, DateTimeOffset ReturnedAt);

/// <summary>An attached document, without its bytes.</summary>
public sealed record ReportAttachmentInfo(
    Guid Id, int Version, string FileName, string ContentType, long SizeBytes, string Sha256, ReportAuthor UploadedBy, DateTimeOffset UploadedAt);

/// <summary>One version in a report's history (content not included: see <see cref="ReportDetails.Shown"/>).</summary>
public sealed record ReportRevisionInfo(
    int Version,
    Guid SubmissionId,
    DateTimeOffset SubmittedAt,
    ReportAuthor Author,
    string? Client,
    string? CardVersion,
    bool AfterConsolidation,
    ReportReturnInfo? Returned,
    IReadOnlyList<ReportAttachmentInfo> Attachments);

/// <summary>
/// A unit's report for one occurrence: its status, every version newest first, and the content of the version asked
/// for (the current one unless another was named).
/// </summary>
public sealed record ReportDetails(
    Guid ReportId,
    Guid OccurrenceId,
    Guid UnitId,
    ReportStatus Status,
    DateTimeOffset? FirstSubmittedAt,
    int CurrentVersion,
    IReadOnlyList<ReportRevisionInfo> Revisions,
    int ShownVersion,
    ReportContent ShownContent)
{
    public ReportRevisionInfo Shown => Revisions.First(r => r.Version == ShownVersion);

    public ReportRevisionInfo Current => Revisions.First(r => r.Version == CurrentVersion);
}

public enum ReturnOutcome
{
    Returned,

    /// <summary>A newer version exists: the head must look at that one.</summary>
    NotCurrent,

    AlreadyReturned,
    UnknownReport,
}

/// <summary>A document to attach to one version.</summary>
public sealed record NewAttachment(Guid ReportId, int Version, string FileName, string ContentType, byte[] Content, ReportAuthor UploadedBy);

public enum AttachOutcome
{
    Stored,

    /// <summary>The same file (same hash) is already attached to that version.</summary>
    AlreadyStored,

    UnknownVersion,
}

public sealed record AttachResult(AttachOutcome Outcome, ReportAttachmentInfo? Attachment = null);

/// <summary>An attachment with its bytes, for download.</summary>
public sealed record ReportAttachmentFile(ReportAttachmentInfo Info, Guid OccurrenceId, Guid UnitId, byte[] Content);
