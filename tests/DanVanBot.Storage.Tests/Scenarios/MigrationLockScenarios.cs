using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Several instances starting at once on one database: each migration is applied exactly once.</summary>
public static class MigrationLockScenarios
{
    public static async Task TwoMigratorsAtOnceApplyEveryMigrationOnce(IStorageHost host)
    {
        var first = await host.CreateDatabaseAsync();
        // A second instance: its own service provider, connection pool and migrator, on the same database.
        await using var second = TestDatabase.Create(first.Provider, first.ConnectionString);

        await Task.WhenAll(Task.Run(first.MigrateAsync), Task.Run(second.MigrateAsync));

        await using var db = first.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        var fresh = await host.CreateDatabaseAsync();
        await fresh.MigrateAsync();
        Assert.Equal(await fresh.ReadSchemaAsync(), await first.ReadSchemaAsync());
    }
}
