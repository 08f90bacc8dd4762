using DanVanBot.Domain.Reports;

namespace DanVanBot.Storage.Reports;

public enum ReportStatus
{
    /// <summary>Started but not sent (only databases from before revisions hold such rows).</summary>
    Draft,

    /// <summary>Sent: counts as "đã nộp".</summary>
    Submitted,

    /// <summary>The unit head sent the current version back for changes.</summary>
    Returned,
}

/// <summary>
/// One unit's report for one occurrence: the index over its revisions, at most one per (occurrence, unit). Its id is
/// derived from the pair. <see cref="CurrentVersion"/> is the concurrency token: two submissions racing for the next
/// version cannot both move it.
/// </summary>
internal sealed class ReportEntity
{
    public Guid Id { get; set; }
    public Guid OccurrenceId { get; set; }
    public Guid UnitId { get; set; }
    public ReportStatus Status { get; set; }

    /// <summary>When the unit first sent it: decides đúng hạn / trễ hạn (amendments do not).</summary>
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>The newest revision's number; 0 while none exists.</summary>
    public int CurrentVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>
/// One submission or amendment, never changed nor deleted once written. <see cref="SubmissionId"/> comes from the
/// card and is unique, so a submission delivered twice is stored once.
/// </summary>
internal sealed class ReportRevisionEntity
{
    public Guid ReportId { get; set; }
    public int Version { get; set; }
    public Guid SubmissionId { get; set; }
    public required string Results { get; set; }
    public ReportProgress? Progress { get; set; }
    public int? PercentComplete { get; set; }
    public string? Difficulties { get; set; }
    public string? Proposals { get; set; }
    public string? DocumentReference { get; set; }
    public string? AuthorAadObjectId { get; set; }
    public string? AuthorName { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>Where it was sent from ("msteams/Web", "cli"); "legacy" for reports from before revisions.</summary>
    public string? Client { get; set; }

    /// <summary>The form template's version the content was typed into.</summary>
    public string? CardVersion { get; set; }

    /// <summary>Sent after the coordinating office consolidated the occurrence: stored, and flagged.</summary>
    public bool AfterConsolidation { get; set; }
}

/// <summary>A unit head sent one version back for changes; at most one return per version.</summary>
internal sealed class ReportReturnEntity
{
    public Guid ReportId { get; set; }
    public int Version { get; set; }
    public required string Reason { get; set; }
    public string? ReturnedByAadObjectId { get; set; }
    public string? ReturnedByName { get; set; }
    public DateTimeOffset ReturnedAt { get; set; }
}

/// <summary>A signed document attached to one version ("Đính kèm văn bản"), kept with its hash.</summary>
internal sealed class ReportAttachmentEntity
{
    public Guid Id { get; set; }
    public Guid ReportId { get; set; }
    public int Version { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>, lower-case hex: the same file twice on one version is stored once.</summary>
    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }
    public string? UploadedByAadObjectId { get; set; }
    public string? UploadedByName { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
}

/// <summary>The coordinating office consolidated an occurrence: reports sent later are flagged.</summary>
internal sealed class ReportConsolidationEntity
{
    public Guid OccurrenceId { get; set; }
    public DateTimeOffset ConsolidatedAt { get; set; }
    public string? ConsolidatedByName { get; set; }
}
