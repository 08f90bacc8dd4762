using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;
using Microsoft.Data.Sqlite;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqliteSchemaTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task Migrate_ComparedWithEnsureCreated_SchemasAreEqual() => SchemaScenarios.MigratedSchemaEqualsModelDdl(host);

    [Fact]
    public Task Migrate_EmptyDatabase_AppliesEveryMigration() =>
        SchemaScenarios.MigrateEmptyDatabaseAppliesEveryMigration(host);

    [Fact]
    public Task Migrate_AppliedTwice_IsNoOp() => SchemaScenarios.MigrateTwiceIsNoOp(host);

    [Fact]
    public async Task Migrate_NoConnectionString_CreatesWalFileUnderContentRootAppData()
    {
        var contentRoot = Path.Combine(host.Folder, "content-root");
        var database = host.CreateWithDefaultPath(contentRoot);

        await database.MigrateAsync();

        var file = Path.Combine(contentRoot, "App_Data", "danvanbot.db");
        Assert.True(File.Exists(file), $"expected the default database at {file}");
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }
}
