using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage.Imports;

/// <remarks>
/// Expiry needs no schema change: rows have their creation time (indexed). Expired rows are deleted whenever an
/// import is added, and ignored by <see cref="FindAsync"/> until then. Times are compared in memory on the few
/// (id, time, user) triples the table holds (at most <see cref="PendingPlanImports.MaxPerUser"/> live per user), so
/// both providers behave alike without translating DateTimeOffset comparisons.
/// </remarks>
internal sealed class EfPendingPlanImportStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IPendingPlanImportStore
{
    public async Task<PendingPlanImport?> AddAsync(
        string fileName, byte[] content, string? requestedByAadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var imports = db.Set<PendingPlanImportEntity>();
        var now = clock.GetUtcNow();
        var kept = await KeptAsync(db, cancellationToken);
        var expired = kept.Where(p => IsExpired(p.CreatedAt, now)).Select(p => p.Id).ToList();
        if (expired.Count > 0) await imports.Where(p => expired.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken);
        if (CountLive(kept, requestedByAadObjectId, now) >= PendingPlanImports.MaxPerUser) return null;

        var row = new PendingPlanImportEntity
        {
            Id = Guid.NewGuid(),
            FileName = fileName,
            Content = content,
            RequestedByAadObjectId = requestedByAadObjectId,
            CreatedAt = now,
        };
        imports.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public async Task<int> CountLiveAsync(string? requestedByAadObjectId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return CountLive(await KeptAsync(db, cancellationToken), requestedByAadObjectId, clock.GetUtcNow());
    }

    public async Task<PendingPlanImport?> FindAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PendingPlanImportEntity>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == importId, cancellationToken);
        return row is null || IsExpired(row.CreatedAt, clock.GetUtcNow()) ? null : row.ToRecord();
    }

    public async Task<bool> RemoveAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Set<PendingPlanImportEntity>().Where(p => p.Id == importId).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }

    private static Task<List<KeptImport>> KeptAsync(DanVanDbContext db, CancellationToken cancellationToken) =>
        db.Set<PendingPlanImportEntity>().Select(p => new KeptImport(p.Id, p.CreatedAt, p.RequestedByAadObjectId)).ToListAsync(cancellationToken);

    private static int CountLive(List<KeptImport> kept, string? user, DateTimeOffset now) =>
        kept.Count(p => !IsExpired(p.CreatedAt, now) && p.RequestedByAadObjectId == user);

    private static bool IsExpired(DateTimeOffset createdAt, DateTimeOffset now) => now - createdAt >= PendingPlanImports.Lifetime;

    private sealed record KeptImport(Guid Id, DateTimeOffset CreatedAt, string? RequestedByAadObjectId);
}

public static class PlanImportStorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IPendingPlanImportStore"/> and <see cref="IOccurrenceDatingLookup"/> (chat import and
    /// dating); call after <c>AddDanVanStorage</c>.
    /// </summary>
    public static IServiceCollection AddPlanImportStores(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IPendingPlanImportStore, EfPendingPlanImportStore>();
        services.TryAddSingleton<IOccurrenceDatingLookup, EfOccurrenceDatingLookup>();
        return services;
    }
}
