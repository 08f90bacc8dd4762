using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Sqlite;

/// <summary>The SQLite flavour: the default, a single file next to the app.</summary>
public sealed class SqliteDanVanDbContext(DbContextOptions<SqliteDanVanDbContext> options) : DanVanDbContext(options)
{
    internal override async ValueTask<IDisposable?> EnterWriteAsync(CancellationToken cancellationToken) =>
        SqliteWriteGate.DatabaseFile(Database.GetConnectionString()) is { } file ? await SqliteWriteGate.EnterAsync(file, cancellationToken) : null;

    /// <summary>
    /// A SaveChanges of its own (no transaction around it) waits for the write turn like a transaction does; inside
    /// one, the transaction already holds it.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        using var writeTurn = Database.CurrentTransaction is null ? await EnterWriteAsync(cancellationToken) : null;
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    internal override async Task PrepareDatabaseAsync(CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }

        // WAL lets the reminder scheduler read while a handler writes. The mode is stored in the
        // file, and it cannot change inside a transaction, so it is set here, before migrating.
        await Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
