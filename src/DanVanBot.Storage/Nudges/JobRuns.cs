using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Nudges;

/// <summary>
/// Jobs that run once across every instance sharing the database (a day's reminder planning, the weekly digest).
/// A claim is a lease: if its instance dies before completing, another takes the job over when the lease expires.
/// </summary>
public interface IJobRuns
{
    /// <summary>True when this caller now owns the job; false when it is done, or running under another live lease.</summary>
    Task<bool> TryStartAsync(string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default);

    Task CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<bool> IsCompletedAsync(string key, CancellationToken cancellationToken = default);
}

internal sealed class EfJobRuns(IDbContextFactory<DanVanDbContext> contexts) : IJobRuns
{
    public async Task<bool> TryStartAsync(string key, string owner, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        var until = (now + lease).ToUnixTimeMilliseconds();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var taken = await db.JobRuns
            .Where(j => j.Key == key && j.CompletedAt == null && j.LeaseUntilMs < nowMs)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Owner, owner).SetProperty(j => j.LeaseUntilMs, until), cancellationToken);
        if (taken == 1) return true;
        if (await db.JobRuns.AnyAsync(j => j.Key == key, cancellationToken)) return false;
        db.JobRuns.Add(new JobRunEntity { Key = key, Owner = owner, LeaseUntilMs = until, StartedAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another instance inserted the same key first: it runs the job
        }
    }

    public async Task CompleteAsync(string key, string owner, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.JobRuns.Where(j => j.Key == key && j.Owner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.CompletedAt, now), cancellationToken);
    }

    public async Task<bool> IsCompletedAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.JobRuns.AnyAsync(j => j.Key == key && j.CompletedAt != null, cancellationToken);
    }
}
