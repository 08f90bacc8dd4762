using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>Reading the outbox, and the changes a person or a report makes to it.</summary>
internal sealed partial class EfNudgeOutbox
{
    public async Task<NudgeRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Nudges.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        return row is null ? null : ToRecord(row, clock.GetUtcNow().ToUnixTimeMilliseconds());
    }

    public async Task<NudgeRecord?> AcknowledgeAsync(Guid id, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = aadObjectId.Trim().ToLowerInvariant();
        var row = await db.Nudges.SingleOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (row is null || !string.Equals(row.AadObjectId, key, StringComparison.OrdinalIgnoreCase)) return null;
        if (row.State is NudgeState.Delivered or NudgeState.Sending)
        {
            (row.State, row.AcknowledgedAt, row.UpdatedAt) = (NudgeState.Acknowledged, now, now);
            await db.SaveChangesAsync(cancellationToken);
        }
        return ToRecord(row, now.ToUnixTimeMilliseconds());
    }

    public async Task<IReadOnlyList<NudgeRecord>> SettleForReportAsync(
        Guid occurrenceId, Guid unitId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // One read of the unit's reminders first: most reports come before any reminder, and then that read is all.
        var reminders = await db.Nudges.AsNoTracking()
            .Where(n => n.OccurrenceId == occurrenceId && n.UnitId == unitId
                        && (n.State == NudgeState.Pending || (n.ActivityId != null && (n.State == NudgeState.Delivered || n.State == NudgeState.Acknowledged))))
            .ToListAsync(cancellationToken);
        if (reminders.Any(n => n.State == NudgeState.Pending))
        {
            // By state, not by the ids just read: a reminder planned meanwhile is cancelled too.
            await db.Nudges
                .Where(n => n.OccurrenceId == occurrenceId && n.UnitId == unitId && n.State == NudgeState.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(n => n.State, NudgeState.Cancelled)
                    .SetProperty(n => n.Failure, NudgeFailure.UnitReported)
                    .SetProperty(n => n.UpdatedAt, now), cancellationToken);
        }
        return reminders.Where(n => n.State != NudgeState.Pending).Select(n => ToRecord(n, now.ToUnixTimeMilliseconds())).ToList();
    }

    public async Task<int> CancelForMuteAsync(Guid personId, Guid obligationId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Nudges
            .Where(n => n.PersonId == personId && n.ObligationId == obligationId && n.State == NudgeState.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.State, NudgeState.Cancelled)
                .SetProperty(n => n.Failure, NudgeFailure.Muted)
                .SetProperty(n => n.UpdatedAt, now), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<NudgeState, int>> CountByStateAsync(Guid? organisationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.Nudges.AsNoTracking();
        if (organisationId is { } org) rows = rows.Where(n => n.OrganisationId == org);
        var counts = await rows.GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<NudgeState>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<IReadOnlyDictionary<NudgeState, int>> CountByStateAsync(
        Guid organisationId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await db.Nudges.AsNoTracking()
            .Where(n => n.OrganisationId == organisationId && n.Day >= from && n.Day <= to)
            .GroupBy(n => n.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Enum.GetValues<NudgeState>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    public async Task<IReadOnlyList<NudgeRecord>> ListFailedAsync(
        Guid organisationId, DateOnly from, DateOnly to, int max, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Nudges.AsNoTracking()
            .Where(n => n.OrganisationId == organisationId && n.Day >= from && n.Day <= to && n.State == NudgeState.Failed)
            .OrderByDescending(n => n.Day).ThenBy(n => n.PersonName).ThenBy(n => n.Id)
            .Take(max).ToListAsync(cancellationToken);
        return rows.Select(n => ToRecord(n, now.ToUnixTimeMilliseconds())).ToList();
    }

    public async Task<IReadOnlyList<NudgeRecord>> ListAsync(
        Guid organisationId, DateOnly from, DateOnly to, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Nudges.AsNoTracking()
            .Where(n => n.OrganisationId == organisationId && n.Day >= from && n.Day <= to)
            .OrderByDescending(n => n.Day).ThenBy(n => n.NotBeforeMs).ThenBy(n => n.PersonName)
            .ToListAsync(cancellationToken);
        return rows.Select(n => ToRecord(n, now.ToUnixTimeMilliseconds())).ToList();
    }
}
