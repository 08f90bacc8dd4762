using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

/// <summary>SQLite is for one instance, but two processes starting on one file must not break it either.</summary>
public sealed class SqliteMigrationLockTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task MigrateAsync_TwoInstancesAtOnce_EveryMigrationAppliedOnce() =>
        MigrationLockScenarios.TwoMigratorsAtOnceApplyEveryMigrationOnce(host);
}
