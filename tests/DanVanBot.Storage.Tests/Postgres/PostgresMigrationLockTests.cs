using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresMigrationLockTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    /// <summary>Failed with "relation already exists" on EF Core's own lock alone (see PostgresDanVanDbContext).</summary>
    [RequiresPostgresFact]
    public Task MigrateAsync_TwoInstancesAtOnce_EveryMigrationAppliedOnce() =>
        MigrationLockScenarios.TwoMigratorsAtOnceApplyEveryMigrationOnce(host);

    [RequiresPostgresFact]
    public async Task MigrateAsync_TwoInstancesOnAMissingDatabase_CreatedOnceAndMigrated()
    {
        var first = host.CreateMissingDatabase();
        await using var second = TestDatabase.Create(StorageProvider.Postgres, first.ConnectionString);

        await Task.WhenAll(Task.Run(first.MigrateAsync), Task.Run(second.MigrateAsync));

        await using var db = first.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [RequiresPostgresFact]
    public async Task MigrateAsync_WhileAnotherInstanceHoldsTheMigrationLock_WaitsThenApplies()
    {
        var database = await host.CreateDatabaseAsync();
        await using var otherInstance = new NpgsqlConnection(database.ConnectionString);
        await otherInstance.OpenAsync();
        await ExecuteAsync(otherInstance, $"SELECT pg_advisory_lock({PostgresDanVanDbContext.MigrationLockKey})");

        var migrating = Task.Run(() => database.MigrateAsync());
        var waiting = await WaitForAsync(() => WaitingLocksAsync(otherInstance), locks => locks.Contains("advisory ExclusiveLock"));

        Assert.Contains("advisory ExclusiveLock", waiting);
        Assert.False(migrating.IsCompleted);
        Assert.Empty(await database.ReadSchemaAsync());

        await ExecuteAsync(otherInstance, $"SELECT pg_advisory_unlock({PostgresDanVanDbContext.MigrationLockKey})");
        await migrating;

        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>"locktype mode" of every lock a session of this database is waiting for.</summary>
    private static async Task<List<string>> WaitingLocksAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT locktype || ' ' || mode FROM pg_locks WHERE NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var locks = new List<string>();
        while (await reader.ReadAsync()) locks.Add(reader.GetString(0));
        return locks;
    }

    /// <summary>Reads until <paramref name="done"/> or 30 s; returns the last reading.</summary>
    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        using var poll = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline && await poll.WaitForNextTickAsync())
        {
            value = await read();
        }

        return value;
    }
}
