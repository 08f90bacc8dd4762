using DanVanBot.Domain.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Storage.Roster;

/// <summary>
/// <see cref="IRosterSnapshot"/>: every person with an object id, their memberships and pending request, read in three
/// queries. A copy is served while younger than the refresh interval and read again in the background from half of it,
/// so turns do not wait for the reading. Each write of this process discards the copy (and a reading that began
/// before the write is not installed), so this process never answers from a roster older than its own changes.
/// </summary>
internal sealed partial class RosterSnapshot(
    IDbContextFactory<DanVanDbContext> contexts, StorageOptions options, TimeProvider clock, ILogger<RosterSnapshot> logger)
    : IRosterSnapshot
{
    private readonly Lock installing = new();
    private volatile Contents? current;
    private volatile bool active;
    private long generation;
    private int reading;

    public void Activate()
    {
        if (options.RosterSnapshotRefresh <= TimeSpan.Zero) return;
        active = true;
        StartReading();
    }

    public async Task WarmAsync(CancellationToken cancellationToken = default)
    {
        if (options.RosterSnapshotRefresh <= TimeSpan.Zero) return;
        active = true;
        await ReadAsync(cancellationToken);
    }

    /// <returns>True when the snapshot answers; <paramref name="person"/> is then null for someone not in the roster.</returns>
    public bool TryFind(string aadKey, out RosterPerson? person)
    {
        person = null;
        if (Usable() is not { } contents) return false;
        person = contents.People.GetValueOrDefault(aadKey);
        return true;
    }

    public bool TryHasPeopleWithoutObjectId(out bool any)
    {
        var contents = Usable();
        any = contents?.HasPeopleWithoutObjectId ?? false;
        return contents is not null;
    }

    /// <summary>
    /// Called after every roster write of this process. The next lookup starts the new reading, not the write: an
    /// import or a run of approvals then costs one reading, not one per row.
    /// </summary>
    public void Invalidate()
    {
        if (!active) return;
        lock (installing)
        {
            generation++;
            current = null;
        }
    }

    private Contents? Usable()
    {
        if (!active) return null;
        var contents = current;
        var age = contents is null ? TimeSpan.MaxValue : clock.GetUtcNow() - contents.ReadAt;
        if (age >= options.RosterSnapshotRefresh / 2) StartReading();
        return age < options.RosterSnapshotRefresh ? contents : null;
    }

    private void StartReading()
    {
        if (Interlocked.CompareExchange(ref reading, 1, 0) != 0) return;
        _ = Task.Run(async () =>
        {
            try
            {
                await ReadAsync(CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The database answers lookups meanwhile; the next lookup tries again.
                LogReadFailed(logger, exception);
            }
            finally
            {
                Volatile.Write(ref reading, 0);
            }
        });
    }

    private async Task ReadAsync(CancellationToken cancellationToken)
    {
        long seen;
        lock (installing) seen = generation;
        var readAt = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking()
            .Select(p => new { p.Id, p.AadObjectId, p.Upn, p.DisplayName, p.TenantId })
            .ToListAsync(cancellationToken);
        var memberships = (await (
                from m in db.Memberships
                join u in db.Units on m.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new { m.PersonId, Membership = new RosterMembership(new Membership(u.Id, u.Name, o.Id, o.Name, m.Role), o.TenantId) })
            .AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(m => m.PersonId, m => m.Membership);
        var pending = (await (
                from r in db.JoinRequests
                where r.Status == JoinRequestStatus.Pending
                join u in db.Units on r.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new { r.PersonId, Join = new PendingJoin(r.Id, u.Id, u.Name, o.Id, o.Name, r.Role) })
            .AsNoTracking().ToListAsync(cancellationToken))
            .GroupBy(r => r.PersonId).ToDictionary(g => g.Key, g => g.First().Join);

        var byObjectId = new Dictionary<string, RosterPerson>(people.Count, StringComparer.Ordinal);
        foreach (var p in people.Where(p => p.AadObjectId is not null))
        {
            byObjectId[p.AadObjectId!] = new RosterPerson(
                p.Id, p.AadObjectId, p.Upn, p.DisplayName, p.TenantId, memberships[p.Id].ToList(), pending.GetValueOrDefault(p.Id));
        }

        var contents = new Contents(byObjectId, people.Any(p => p.AadObjectId is null && p.Upn is not null), readAt);
        lock (installing)
        {
            // A write since the reading began may be missing from it; an older reading must not replace a newer one.
            if (generation == seen && (current is null || current.ReadAt <= readAt)) current = contents;
        }
    }

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Reading the roster snapshot failed; turns read the database meanwhile")]
    private static partial void LogReadFailed(ILogger logger, Exception exception);

    private sealed record Contents(Dictionary<string, RosterPerson> People, bool HasPeopleWithoutObjectId, DateTimeOffset ReadAt);
}
