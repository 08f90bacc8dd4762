using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Audit;

/// <summary>The audit trail: roster changes, role grants, approvals, plan imports and publications.</summary>
public interface IAuditLog
{
    Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries at or after <paramref name="since"/>, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default);
}

internal sealed class EfAuditLog(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IAuditLog
{
    public async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEntries.Add(AuditEntryEntity.From(entry, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Filtered and sorted in memory: SQLite cannot compare or order DateTimeOffset in SQL, and the trail is read rarely.
        var rows = await db.AuditEntries.AsNoTracking().ToListAsync(cancellationToken);
        return rows.Where(r => r.At >= since).OrderBy(r => r.At).Select(r => r.ToRecord()).ToList();
    }
}
