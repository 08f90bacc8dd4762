using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage.Imports;

internal sealed class EfPendingPlanImportStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IPendingPlanImportStore
{
    public async Task<PendingPlanImport> AddAsync(
        string fileName, byte[] content, string? requestedByAadObjectId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = new PendingPlanImportEntity
        {
            Id = Guid.NewGuid(),
            FileName = fileName,
            Content = content,
            RequestedByAadObjectId = requestedByAadObjectId,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Set<PendingPlanImportEntity>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.ToRecord();
    }

    public async Task<PendingPlanImport?> FindAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Set<PendingPlanImportEntity>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == importId, cancellationToken);
        return row?.ToRecord();
    }

    public async Task<bool> RemoveAsync(Guid importId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var deleted = await db.Set<PendingPlanImportEntity>().Where(p => p.Id == importId).ExecuteDeleteAsync(cancellationToken);
        return deleted > 0;
    }
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
