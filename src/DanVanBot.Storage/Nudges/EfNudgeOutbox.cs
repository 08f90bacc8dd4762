using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>The queue side of the outbox: planning, claiming and completing. Views are in the other part.</summary>
internal sealed partial class EfNudgeOutbox(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock, StorageOptions storage)
    : INudgeOutbox
{
    public bool PrefersGroupedCompletions => storage.Provider is StorageProvider.Sqlite or StorageProvider.Postgres;

    /// <summary>Rows per INSERT round trip; SQL Server's 2,100-parameter limit is the tightest.</summary>
    private const int EnqueueChunk = 60;

    public async Task<int> EnqueueAsync(IReadOnlyCollection<NudgeDraft> drafts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var inserted = 0;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var chunk in drafts.DistinctBy(d => d.Id).Chunk(EnqueueChunk * 8))
        {
            try
            {
                inserted += await InsertNewAsync(db, chunk, now, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance planned some of the same reminders between our read and our insert: the unique key
                // refused them. Read again and insert what is still missing.
                db.ChangeTracker.Clear();
                inserted += await InsertNewAsync(db, chunk, now, cancellationToken);
            }
        }
        return inserted;
    }

    private static async Task<int> InsertNewAsync(DanVanDbContext db, NudgeDraft[] chunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = chunk.Select(d => d.Id).ToList();
        var existing = (await db.Nudges.Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancellationToken)).ToHashSet();
        var fresh = chunk.Where(d => !existing.Contains(d.Id)).Select(d => ToEntity(d, now)).ToList();
        if (fresh.Count == 0) return 0;
        db.Nudges.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    public async Task<IReadOnlyList<NudgeRecord>> ClaimAsync(
        string owner, int max, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        var nowMs = now.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Nudges
            .Where(n => (n.State == NudgeState.Pending || (n.State == NudgeState.Sending && n.LeaseUntilMs < nowMs)) && n.NotAfterMs < nowMs)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.State, NudgeState.Expired).SetProperty(n => n.LeaseOwner, (string?)null), cancellationToken);
        var sql = NudgeClaimSql.For(db.Database, owner, max, nowMs, (now + lease).ToUnixTimeMilliseconds());
        var rows = await db.Nudges.FromSql(sql).AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.NotBeforeMs).Select(r => ToRecord(r, nowMs)).ToList();
    }

    public async Task<bool> CompleteAsync(
        Guid id, string owner, NudgeOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await RecordAsync(db, id, owner, outcome, now, cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> CompleteManyAsync(
        IReadOnlyList<NudgeCompletion> completions, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count == 0) return new HashSet<Guid>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (storage.Provider == StorageProvider.Postgres)
            return (await NudgeCompletionSql.PostgresAsync(db, completions, owner, cancellationToken)).ToHashSet();
        // A retry of the strategy re-runs the whole transaction, which was rolled back: each row is still Sending.
        return await ResilientTransaction.RunAsync(db, async token =>
        {
            var recorded = new HashSet<Guid>();
            foreach (var completion in completions)
            {
                if (await RecordAsync(db, completion.Id, owner, completion.Outcome, completion.At, token)) recorded.Add(completion.Id);
            }
            return (IReadOnlySet<Guid>)recorded;
        }, cancellationToken);
    }

    private static async Task<bool> RecordAsync(
        DanVanDbContext db, Guid id, string owner, NudgeOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? sentAt = outcome.State == NudgeState.Delivered ? now : null;
        var changed = await db.Nudges
            .Where(n => n.Id == id && n.LeaseOwner == owner && n.State == NudgeState.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.State, outcome.State)
                .SetProperty(n => n.Failure, outcome.Failure)
                .SetProperty(n => n.LastStatusCode, outcome.StatusCode)
                .SetProperty(n => n.LastError, outcome.Error)
                .SetProperty(n => n.ServiceUrl, n => outcome.ServiceUrl ?? n.ServiceUrl)
                .SetProperty(n => n.ConversationId, n => outcome.ConversationId ?? n.ConversationId)
                .SetProperty(n => n.ActivityId, outcome.ActivityId)
                .SetProperty(n => n.SentBy, n => sentAt == null ? n.SentBy : owner)
                .SetProperty(n => n.SentAt, n => sentAt ?? n.SentAt)
                .SetProperty(n => n.UpdatedAt, now), cancellationToken);
        return changed == 1;
    }

    public async Task<bool> RenewAsync(Guid id, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var leaseUntilMs = (now + lease).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Nudges
            .Where(n => n.Id == id && n.LeaseOwner == owner && n.State == NudgeState.Sending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LeaseUntilMs, leaseUntilMs), cancellationToken);
        return changed == 1;
    }

    public async Task<bool> RescheduleAsync(
        Guid id, string owner, DateTimeOffset notBefore, NudgeFailure reason, int? statusCode, string? error,
        DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var notBeforeMs = notBefore.ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Nudges
            .Where(n => n.Id == id && n.LeaseOwner == owner && n.State == NudgeState.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.State, NudgeState.Pending)
                .SetProperty(n => n.LeaseOwner, (string?)null)
                .SetProperty(n => n.NotBeforeMs, notBeforeMs)
                .SetProperty(n => n.Failure, reason)
                .SetProperty(n => n.LastStatusCode, statusCode)
                .SetProperty(n => n.LastError, error)
                .SetProperty(n => n.UpdatedAt, now), cancellationToken);
        return changed == 1;
    }

    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await db.Nudges.Where(n => n.State == NudgeState.Pending).MinAsync(n => (long?)n.NotBeforeMs, cancellationToken);
        var leases = await db.Nudges.Where(n => n.State == NudgeState.Sending).MinAsync(n => (long?)n.LeaseUntilMs, cancellationToken);
        long? next = pending is null ? leases : leases is null ? pending : Math.Min(pending.Value, leases.Value + 1);
        return next is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    private static NudgeEntity ToEntity(NudgeDraft d, DateTimeOffset now) => new()
    {
        Id = d.Id, OccurrenceId = d.OccurrenceId, UnitId = d.UnitId, PersonId = d.PersonId, Stage = d.Stage,
        OrganisationId = d.OrganisationId, ObligationId = d.ObligationId, TenantId = d.TenantId, AadObjectId = d.AadObjectId,
        PersonName = d.PersonName, DueOn = d.DueOn, Day = d.Day, NotBeforeMs = d.NotBefore.ToUnixTimeMilliseconds(),
        NotAfterMs = d.NotAfter.ToUnixTimeMilliseconds(), State = NudgeState.Pending, ServiceUrl = d.ServiceUrl,
        ConversationId = d.ConversationId, CardData = d.CardData, CreatedAt = now, UpdatedAt = now,
    };

    internal static NudgeRecord ToRecord(NudgeEntity n, long nowMs) => new(
        n.Id, n.OccurrenceId, n.UnitId, n.PersonId, n.Stage, n.OrganisationId, n.ObligationId, n.TenantId, n.AadObjectId,
        n.PersonName, n.DueOn, n.Day, DateTimeOffset.FromUnixTimeMilliseconds(n.NotBeforeMs),
        DateTimeOffset.FromUnixTimeMilliseconds(n.NotAfterMs), n.State, n.Attempts, n.ServiceUrl, n.ConversationId,
        n.ActivityId, n.Failure, n.LastStatusCode, n.LastError, n.CardData, n.SentBy, n.SentAt, n.AcknowledgedAt,
        InDoubt: n.State == NudgeState.Sending && n.LeaseUntilMs < nowMs);
}
