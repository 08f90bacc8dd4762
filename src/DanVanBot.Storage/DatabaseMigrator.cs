using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Storage;

/// <summary>Brings the configured database up to the latest migration; run once at startup.</summary>
public sealed class DatabaseMigrator(IDbContextFactory<DanVanDbContext> contexts)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.PrepareDatabaseAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}

public static class DatabaseMigratorExtensions
{
    /// <summary>Call before <c>app.Run()</c>: <c>await app.Services.MigrateDanVanDatabaseAsync();</c></summary>
    public static Task MigrateDanVanDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
}
