using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DanVanBot.Storage.Postgres;

/// <summary>The PostgreSQL flavour, chosen with <c>Storage:Provider = Postgres</c>.</summary>
public sealed class PostgresDanVanDbContext(DbContextOptions<PostgresDanVanDbContext> options) : DanVanDbContext(options)
{
    /// <summary>Any constant; advisory locks are per database, so only migrators of the same database meet on it.</summary>
    internal const long MigrationLockKey = 0x44616E56616E4D67; // "DanVanMg"

    /// <summary>
    /// EF Core's PostgreSQL migration lock is a table lock held by each migration's own transaction: released at every
    /// commit, while the list of migrations to apply was read once at the start. A second instance can slip in
    /// between two migrations and both then apply the next one ("relation already exists"; the storage tests start
    /// two migrators at once and saw it). A session advisory lock held around the whole run closes that gap, and
    /// PostgreSQL drops it with the session if the process dies, so it never goes stale.
    /// </summary>
    internal override async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await EnsureDatabaseExistsAsync(cancellationToken);
        await Database.OpenConnectionAsync(cancellationToken);
        var timeout = Database.GetCommandTimeout();
        try
        {
            // Waiting for another instance's whole run can outlast an ordinary command.
            Database.SetCommandTimeout(TimeSpan.FromMinutes(15));
            await Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({MigrationLockKey})", cancellationToken);
            Database.SetCommandTimeout(timeout);
            try
            {
                await Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({MigrationLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            Database.SetCommandTimeout(timeout);
            await Database.CloseConnectionAsync();
        }
    }

    /// <summary>What Migrate would do before connecting; here instances may race to create it, and the loser goes on.</summary>
    private async Task EnsureDatabaseExistsAsync(CancellationToken cancellationToken)
    {
        var creator = this.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it first.
        }
    }
}
