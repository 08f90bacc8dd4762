using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

/// <summary>
/// The write side of reports. A submission reads the report's current version and writes the next one with the
/// header in one <c>SaveChanges</c> (one transaction). Two writers racing for the same version collide on the
/// revision key or on the header's concurrency token; the loser starts again from a fresh read, so every submission
/// gets its own version, in order, and none overwrites another.
/// </summary>
internal sealed partial class EfReportStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IReportStore
{
    /// <summary>Enough for dozens of people submitting for one unit in the same instant; each round one of them wins.</summary>
    private const int MaxAttempts = 40;

    public async Task<SubmissionResult> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var state = await StateAsync(db, submission, cancellationToken);
            if (state is null)
            {
                // No such occurrence: only the submission id is worth a look; the write below fails and says the target is unknown.
                if (await ReceiptAsync(db, submission.SubmissionId, cancellationToken) is { } stored) return Repeat(stored, submission);
            }
            else if (state.Earlier is { } earlier)
            {
                return new SubmissionResult(SubmissionOutcome.AlreadyStored, ToReceipt(state.Header!, earlier));
            }
            else if (state.SubmissionIdTaken)
            {
                return new SubmissionResult(SubmissionOutcome.SubmissionIdTaken);
            }
            try
            {
                return new SubmissionResult(SubmissionOutcome.Stored,
                    await WriteRevisionAsync(db, submission, state?.Header, state?.ConsolidatedAt, cancellationToken));
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                if (!await TargetsExistAsync(submission, cancellationToken)) return new SubmissionResult(SubmissionOutcome.UnknownTarget);
                // Spread the losers out a little so the next round does not collide the same way.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 2 + Math.Min(attempt, 10) * 3)), clock, cancellationToken);
            }
        }
    }

    public async Task<ReturnOutcome> ReturnAsync(
        Guid reportId, int version, string reason, ReportAuthor returnedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(returnedBy);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var header = await db.Reports.SingleOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        if (header is null || header.CurrentVersion == 0) return ReturnOutcome.UnknownReport;
        if (header.CurrentVersion != version) return ReturnOutcome.NotCurrent;
        if (await db.ReportReturns.AnyAsync(r => r.ReportId == reportId && r.Version == version, cancellationToken))
            return ReturnOutcome.AlreadyReturned;

        var now = clock.GetUtcNow();
        db.ReportReturns.Add(new ReportReturnEntity
        {
            ReportId = reportId, Version = version, Reason = reason.Trim(),
            ReturnedByAadObjectId = returnedBy.AadObjectId, ReturnedByName = returnedBy.Name, ReturnedAt = now,
        });
        (header.Status, header.UpdatedAt) = (ReportStatus.Returned, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return ReturnOutcome.Returned;
        }
        catch (DbUpdateException)
        {
            // A new version arrived meanwhile (the header's token moved), or another head returned it first.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return await again.ReportReturns.AnyAsync(r => r.ReportId == reportId && r.Version == version, cancellationToken)
                ? ReturnOutcome.AlreadyReturned
                : ReturnOutcome.NotCurrent;
        }
    }

    public async Task<AttachResult> AttachAsync(NewAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var hash = Convert.ToHexStringLower(SHA256.HashData(attachment.Content));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.ReportRevisions.AnyAsync(r => r.ReportId == attachment.ReportId && r.Version == attachment.Version, cancellationToken))
            return new AttachResult(AttachOutcome.UnknownVersion);
        if (await FindAttachmentAsync(db, attachment.ReportId, attachment.Version, hash, cancellationToken) is { } same)
            return new AttachResult(AttachOutcome.AlreadyStored, same);

        var row = new ReportAttachmentEntity
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()), ReportId = attachment.ReportId, Version = attachment.Version,
            FileName = attachment.FileName, ContentType = attachment.ContentType, SizeBytes = attachment.Content.LongLength,
            Sha256 = hash, Content = attachment.Content, UploadedByAadObjectId = attachment.UploadedBy.AadObjectId,
            UploadedByName = attachment.UploadedBy.Name, UploadedAt = clock.GetUtcNow(),
        };
        db.ReportAttachments.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new AttachResult(AttachOutcome.Stored, ToInfo(row));
        }
        catch (DbUpdateException)
        {
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await FindAttachmentAsync(again, attachment.ReportId, attachment.Version, hash, cancellationToken);
            if (stored is null) throw;
            return new AttachResult(AttachOutcome.AlreadyStored, stored);
        }
    }

    public async Task MarkConsolidatedAsync(Guid occurrenceId, string? byName, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.ReportConsolidations.AnyAsync(c => c.OccurrenceId == occurrenceId, cancellationToken)) return;
        db.ReportConsolidations.Add(new ReportConsolidationEntity
        {
            OccurrenceId = occurrenceId, ConsolidatedAt = clock.GetUtcNow(), ConsolidatedByName = byName,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Marked by someone else at the same moment: the first time stays.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            if (!await again.ReportConsolidations.AnyAsync(c => c.OccurrenceId == occurrenceId, cancellationToken)) throw;
        }
    }

    /// <summary>
    /// Everything a submission needs to know before it writes, in one query (one round trip, which on a server is most
    /// of a lone submission's time): the unit's report header (tracked: it is updated), the stored revision with the
    /// same submission id when it belongs to that report, whether the id is taken at all, and when the occurrence was
    /// consolidated. Null when the occurrence does not exist.
    /// </summary>
    private static async Task<SubmissionState?> StateAsync(DanVanDbContext db, ReportSubmission submission, CancellationToken cancellationToken)
    {
        var row = await (
                from occurrence in db.Occurrences
                where occurrence.Id == submission.OccurrenceId
                from header in db.Reports.Where(r => r.OccurrenceId == occurrence.Id && r.UnitId == submission.UnitId).DefaultIfEmpty()
                from earlier in db.ReportRevisions.Where(r => r.ReportId == header.Id && r.SubmissionId == submission.SubmissionId).DefaultIfEmpty()
                select new
                {
                    Header = header,
                    Earlier = earlier,
                    SubmissionIdTaken = db.ReportRevisions.Any(r => r.SubmissionId == submission.SubmissionId),
                    ConsolidatedAt = db.ReportConsolidations.Where(c => c.OccurrenceId == occurrence.Id)
                        .Select(c => (DateTimeOffset?)c.ConsolidatedAt).FirstOrDefault(),
                })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : new SubmissionState(row.Header, row.Earlier, row.SubmissionIdTaken, row.ConsolidatedAt);
    }

    /// <summary>
    /// Writes the next version over <paramref name="header"/> as just read (null: the unit's first report). The
    /// revision key and the header's concurrency token make a writer that read a stale header fail, and start again.
    /// </summary>
    private async Task<ReportReceipt> WriteRevisionAsync(
        DanVanDbContext db, ReportSubmission submission, ReportEntity? header, DateTimeOffset? consolidatedAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (header is null)
        {
            header = new ReportEntity
            {
                Id = ReportIds.For(submission.OccurrenceId, submission.UnitId), OccurrenceId = submission.OccurrenceId,
                UnitId = submission.UnitId, Status = ReportStatus.Draft, UpdatedAt = now,
            };
            db.Reports.Add(header);
        }

        var content = submission.Content;
        var revision = new ReportRevisionEntity
        {
            ReportId = header.Id, Version = header.CurrentVersion + 1, SubmissionId = submission.SubmissionId,
            Results = content.Results, Progress = content.Progress, PercentComplete = content.PercentComplete,
            Difficulties = content.Difficulties, Proposals = content.Proposals, DocumentReference = content.DocumentReference,
            AuthorAadObjectId = submission.Author.AadObjectId, AuthorName = submission.Author.Name, SubmittedAt = now,
            Client = submission.Client, CardVersion = submission.CardVersion,
            AfterConsolidation = consolidatedAt is { } consolidated && consolidated <= now,
        };
        db.ReportRevisions.Add(revision);
        header.CurrentVersion = revision.Version;
        header.Status = ReportStatus.Submitted;
        header.SubmittedAt ??= now;
        header.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return ToReceipt(header, revision);
    }

    /// <summary>A second delivery of a stored submission is fine for the same report; another report's id is refused.</summary>
    private static SubmissionResult Repeat(ReportReceipt earlier, ReportSubmission submission) =>
        earlier.OccurrenceId == submission.OccurrenceId && earlier.UnitId == submission.UnitId
            ? new SubmissionResult(SubmissionOutcome.AlreadyStored, earlier)
            : new SubmissionResult(SubmissionOutcome.SubmissionIdTaken);

    private async Task<bool> TargetsExistAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Occurrences.AnyAsync(o => o.Id == submission.OccurrenceId, cancellationToken)
               && await db.Units.AnyAsync(u => u.Id == submission.UnitId, cancellationToken);
    }

    /// <summary>What <see cref="StateAsync"/> read; <see cref="Earlier"/> is set only with its <see cref="Header"/>.</summary>
    private sealed record SubmissionState(
        ReportEntity? Header, ReportRevisionEntity? Earlier, bool SubmissionIdTaken, DateTimeOffset? ConsolidatedAt);

    private static ReportReceipt ToReceipt(ReportEntity header, ReportRevisionEntity revision) =>
        new(header.Id, header.OccurrenceId, header.UnitId, revision.Version, revision.SubmissionId, revision.SubmittedAt,
            header.SubmittedAt ?? revision.SubmittedAt, revision.AfterConsolidation,
            new ReportAuthor(revision.AuthorAadObjectId, revision.AuthorName));
}

/// <summary>A report's id is derived from its occurrence and unit, so concurrent first submissions agree on it.</summary>
internal static class ReportIds
{
    public static Guid For(Guid occurrenceId, Guid unitId) => NameKey.StableId("report", occurrenceId.ToString(), unitId.ToString());
}
