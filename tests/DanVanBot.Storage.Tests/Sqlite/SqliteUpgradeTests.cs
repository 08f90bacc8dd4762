using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteUpgradeTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task Migrate_DatabaseOfTheHandWrittenMigrations_RowsAndSchemaIntact() =>
        UpgradeScenarios.OldDatabaseMigratedWithRowsIntact(host);

    [Fact]
    public Task Migrate_DatabaseOfTheHandWrittenMigrations_StoresReadAndWriteIt() =>
        UpgradeScenarios.OldDatabaseMigratedReadAndWrittenByTheStores(host);
}
