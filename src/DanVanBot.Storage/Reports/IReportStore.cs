namespace DanVanBot.Storage.Reports;

/// <summary>
/// Units' progress reports: append-only revisions per (occurrence, unit), returns, attachments. Every write is one
/// transaction: a failure leaves the previous state.
/// </summary>
public interface IReportStore
{
    /// <summary>
    /// Stores the submission as the next version of the unit's report for the occurrence. Safe under races (versions
    /// stay in order, none is lost) and idempotent on <see cref="ReportSubmission.SubmissionId"/>.
    /// </summary>
    Task<SubmissionResult> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default);

    /// <summary>The receipt of a stored submission (for a refreshed receipt card); null when the id is unknown.</summary>
    Task<ReportReceipt?> FindSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default);

    /// <summary>The unit's report for the occurrence with the current version's content; null when none was sent.</summary>
    Task<ReportDetails?> FindReportAsync(Guid occurrenceId, Guid unitId, CancellationToken cancellationToken = default);

    /// <summary>A report by id, showing <paramref name="version"/> (the current one when null or unknown).</summary>
    Task<ReportDetails?> FindReportByIdAsync(Guid reportId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>A unit head sends <paramref name="version"/> back for changes; only the current version can be returned.</summary>
    Task<ReturnOutcome> ReturnAsync(Guid reportId, int version, string reason, ReportAuthor returnedBy, CancellationToken cancellationToken = default);

    /// <summary>Attaches a document to one version (size and type are the caller's to check).</summary>
    Task<AttachResult> AttachAsync(NewAttachment attachment, CancellationToken cancellationToken = default);

    Task<ReportAttachmentFile?> OpenAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The coordinating office consolidated the occurrence (e.g. when exporting the consolidated report): reports
    /// sent later are still stored, and flagged. Marking again keeps the first time.
    /// </summary>
    Task MarkConsolidatedAsync(Guid occurrenceId, string? byName, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every unit that owes the occurrence, with its report status. A group unit whose members an
    /// administrator has filled in is replaced by its members; a group without members stands for itself.
    /// </summary>
    Task<IReadOnlyList<UnitReportStatus>> GetStatusAsync(Guid occurrenceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One unit's standing for many occurrences at once (an answer card lists several): for each occurrence the unit
    /// owes, directly or through the group it belongs to, whether the unit itself has submitted. Occurrences it does not
    /// owe are absent.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, bool>> GetSubmittedByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Like <see cref="GetSubmittedByUnitAsync"/>, with when the unit first sent each report (null: not sent), for
    /// "đã nộp (ngày …)" and "nộp trễ".
    /// </summary>
    Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> GetSubmittedAtByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default);
}
