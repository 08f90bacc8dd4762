using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Storage;

/// <summary>Which migrations a database has and which it lacks, in the order they apply.</summary>
public sealed record MigrationStatus(StorageProvider Provider, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);

/// <summary>
/// Brings the configured database up to the latest migration. <see cref="MigrateAsync"/> runs under EF Core's
/// migration lock (taken inside <c>Database.MigrateAsync</c> since EF Core 9: a session application lock on SQL
/// Server, a lock row on SQLite, a per-transaction table lock on PostgreSQL, which
/// <see cref="Postgres.PostgresDanVanDbContext"/> completes with a session advisory lock), so instances starting
/// together apply each migration once.
/// </summary>
public sealed partial class DatabaseMigrator(
    IDbContextFactory<DanVanDbContext> contexts, StorageOptions options, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Startup: migrate, or with <c>Storage:MigrateAtStartup=false</c> refuse a database that lacks any.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (options.MigrateAtStartup)
        {
            await MigrateAsync(cancellationToken);
            return;
        }

        var status = await GetStatusAsync(cancellationToken);
        if (status.Pending.Count > 0)
        {
            throw new StorageSetupException(
                $"{StorageOptions.MigrateAtStartupKey} is false and the {status.Provider} database lacks " +
                $"{status.Pending.Count} migration(s): {string.Join(", ", status.Pending)}. Apply them with " +
                "`DanVanBot db migrate`, or have a DBA run the SQL of `DanVanBot db script`.");
        }

        LogUpToDate(logger, status.Provider, status.Applied.Count);
    }

    /// <summary>Applies what is missing (whatever <c>Storage:MigrateAtStartup</c> says); returns the status after.</summary>
    public async Task<MigrationStatus> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var before = await GetStatusAsync(cancellationToken);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await db.PrepareDatabaseAsync(cancellationToken);
            await db.MigrateAsync(cancellationToken);
        }

        var after = await GetStatusAsync(cancellationToken);
        var added = after.Applied.Except(before.Applied).ToList();
        if (added.Count > 0)
        {
            LogApplied(logger, options.Provider, added.Count, string.Join(", ", added));
        }

        return after;
    }

    public async Task<MigrationStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var pending = db.Database.GetMigrations().Except(applied).ToList();
        return new MigrationStatus(options.Provider, applied, pending);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "{Provider} database: applied {Count} migration(s): {Migrations}")]
    private static partial void LogApplied(ILogger logger, StorageProvider provider, int count, string migrations);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information,
        Message = "{Provider} database has all {Count} migrations; not migrating at startup (Storage:MigrateAtStartup=false)")]
    private static partial void LogUpToDate(ILogger logger, StorageProvider provider, int count);
}

public static class DatabaseMigratorExtensions
{
    /// <summary>
    /// Call before <c>app.Run()</c>: <c>await app.Services.MigrateDanVanDatabaseAsync();</c> (honours
    /// <c>Storage:MigrateAtStartup</c>).
    /// </summary>
    public static Task MigrateDanVanDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<DatabaseMigrator>().PrepareAsync(cancellationToken);
}
