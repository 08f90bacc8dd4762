using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresSchemaTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task Migrate_ComparedWithEnsureCreated_SchemasAreEqual() => SchemaScenarios.MigratedSchemaEqualsModelDdl(host);

    [RequiresPostgresFact]
    public Task Migrate_EmptyDatabase_AppliesEveryMigration() =>
        SchemaScenarios.MigrateEmptyDatabaseAppliesEveryMigration(host);

    [RequiresPostgresFact]
    public Task Migrate_AppliedTwice_IsNoOp() => SchemaScenarios.MigrateTwiceIsNoOp(host);
}
