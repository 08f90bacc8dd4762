using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Storage.Tests.Sqlite;

/// <summary><c>Storage:MigrateAtStartup</c>: on by default; off, the bot refuses a database that lacks migrations.</summary>
public sealed class SqliteStartupMigrationTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public async Task Prepare_MigrateAtStartupFalseAndEmptyDatabase_RefusesNamingTheMissingMigrationsAndChangesNothing()
    {
        var database = await NotMigratingAsync();

        var refusal = await Assert.ThrowsAsync<StorageSetupException>(() => database.MigrateAsync());

        await using var db = database.CreateContext();
        var every = db.Database.GetMigrations().ToList();
        Assert.Contains("Storage:MigrateAtStartup is false", refusal.Message, StringComparison.Ordinal);
        Assert.Contains($"{every.Count} migration(s): {every[0]}, {every[1]}", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("DanVanBot db migrate", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(await database.ReadSchemaAsync());
    }

    [Fact]
    public async Task Prepare_MigrateAtStartupFalseAfterAnExplicitMigrate_Starts()
    {
        var database = await NotMigratingAsync();

        var status = await database.Get<DatabaseMigrator>().MigrateAsync();
        await database.MigrateAsync();

        Assert.Empty(status.Pending);
        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), status.Applied);
    }

    [Fact]
    public void AddDanVanStorage_MigrateAtStartupNotABoolean_ExplainsTheSetting()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { [StorageOptions.MigrateAtStartupKey] = "sometimes" }).Build();

        var error = Assert.Throws<StorageSetupException>(() => new ServiceCollection().AddDanVanStorage(configuration));

        Assert.Equal("Storage:MigrateAtStartup must be true or false, not 'sometimes'.", error.Message);
    }

    private Task<TestDatabase> NotMigratingAsync() => Task.FromResult(host.CreateNotMigratingAtStartup());
}
