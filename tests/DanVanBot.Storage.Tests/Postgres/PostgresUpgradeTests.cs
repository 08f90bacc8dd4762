using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresUpgradeTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task Migrate_DatabaseOfTheHandWrittenMigrations_RowsAndSchemaIntact() =>
        UpgradeScenarios.OldDatabaseMigratedWithRowsIntact(host);

    [RequiresPostgresFact]
    public Task Migrate_DatabaseOfTheHandWrittenMigrations_StoresReadAndWriteIt() =>
        UpgradeScenarios.OldDatabaseMigratedReadAndWrittenByTheStores(host);
}
