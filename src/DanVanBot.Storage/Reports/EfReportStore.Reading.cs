using DanVanBot.Domain.Reports;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

/// <summary>The read side: receipts, a report's history, one version's content, attachments.</summary>
internal sealed partial class EfReportStore
{
    public async Task<ReportReceipt?> FindSubmissionAsync(Guid submissionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReceiptAsync(db, submissionId, cancellationToken);
    }

    public async Task<ReportDetails?> FindReportAsync(Guid occurrenceId, Guid unitId, CancellationToken cancellationToken = default)
    {
        // By the pair, not by the derived id: that is what the unique index guarantees for every row, old ones included.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var id = await db.Reports.Where(r => r.OccurrenceId == occurrenceId && r.UnitId == unitId).Select(r => (Guid?)r.Id)
            .SingleOrDefaultAsync(cancellationToken);
        return id is { } reportId ? await FindReportByIdAsync(reportId, null, cancellationToken) : null;
    }

    public async Task<ReportDetails?> FindReportByIdAsync(Guid reportId, int? version = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var header = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (header is null || header.CurrentVersion == 0) return null;

        var shown = version is { } asked && asked >= 1 && asked <= header.CurrentVersion ? asked : header.CurrentVersion;
        var revisions = await db.ReportRevisions.AsNoTracking().Where(r => r.ReportId == reportId)
            .Select(r => new { r.Version, r.SubmissionId, r.SubmittedAt, r.AuthorAadObjectId, r.AuthorName, r.Client, r.CardVersion, r.AfterConsolidation })
            .ToListAsync(cancellationToken);
        var returns = await db.ReportReturns.AsNoTracking().Where(r => r.ReportId == reportId).ToListAsync(cancellationToken);
        var attachments = await AttachmentInfos(db.ReportAttachments.Where(a => a.ReportId == reportId)).ToListAsync(cancellationToken);
        var content = await db.ReportRevisions.AsNoTracking().Where(r => r.ReportId == reportId && r.Version == shown)
            .Select(r => new ReportContent(r.Results, r.Progress, r.PercentComplete, r.Difficulties, r.Proposals, r.DocumentReference))
            .SingleAsync(cancellationToken);

        var history = revisions.OrderByDescending(r => r.Version).Select(r => new ReportRevisionInfo(
                r.Version, r.SubmissionId, r.SubmittedAt, new ReportAuthor(r.AuthorAadObjectId, r.AuthorName), r.Client, r.CardVersion,
                r.AfterConsolidation,
                returns.FirstOrDefault(x => x.Version == r.Version) is { } back
                    ? new ReportReturnInfo(back.Reason, new ReportAuthor(back.ReturnedByAadObjectId, back.ReturnedByName), back.ReturnedAt)
                    : null,
                attachments.Where(a => a.Version == r.Version).OrderBy(a => a.UploadedAt).ToList()))
            .ToList();
        return new ReportDetails(header.Id, header.OccurrenceId, header.UnitId, header.Status, header.SubmittedAt,
            header.CurrentVersion, history, shown, content);
    }

    public async Task<ReportAttachmentFile?> OpenAttachmentAsync(Guid attachmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await (
                from attachment in db.ReportAttachments
                where attachment.Id == attachmentId
                join report in db.Reports on attachment.ReportId equals report.Id
                select new { attachment, report.OccurrenceId, report.UnitId })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new ReportAttachmentFile(ToInfo(row.attachment), row.OccurrenceId, row.UnitId, row.attachment.Content);
    }

    private static async Task<ReportReceipt?> ReceiptAsync(DanVanDbContext db, Guid submissionId, CancellationToken cancellationToken)
    {
        var row = await (
                from revision in db.ReportRevisions
                where revision.SubmissionId == submissionId
                join report in db.Reports on revision.ReportId equals report.Id
                select new { report, revision })
            .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : ToReceipt(row.report, row.revision);
    }

    private static async Task<ReportAttachmentInfo?> FindAttachmentAsync(
        DanVanDbContext db, Guid reportId, int version, string sha256, CancellationToken cancellationToken) =>
        await AttachmentInfos(db.ReportAttachments.Where(a => a.ReportId == reportId && a.Version == version && a.Sha256 == sha256))
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Attachments without their bytes (a history list must not read megabytes).</summary>
    private static IQueryable<ReportAttachmentInfo> AttachmentInfos(IQueryable<ReportAttachmentEntity> attachments) =>
        attachments.AsNoTracking().Select(a => new ReportAttachmentInfo(a.Id, a.Version, a.FileName, a.ContentType, a.SizeBytes, a.Sha256,
            new ReportAuthor(a.UploadedByAadObjectId, a.UploadedByName), a.UploadedAt));

    private static ReportAttachmentInfo ToInfo(ReportAttachmentEntity a) =>
        new(a.Id, a.Version, a.FileName, a.ContentType, a.SizeBytes, a.Sha256, new ReportAuthor(a.UploadedByAadObjectId, a.UploadedByName), a.UploadedAt);
}
