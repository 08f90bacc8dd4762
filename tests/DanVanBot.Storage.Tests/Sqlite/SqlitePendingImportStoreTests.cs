using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

public sealed class SqlitePendingImportStoreTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public Task AddAsync_FourthImportOfOneUser_IsRefused() => PendingImportScenarios.FourthImportOfOneUserIsRefused(host);

    [Fact]
    public Task AddAsync_AfterOneIsRemoved_HasRoomAgain() => PendingImportScenarios.PublishedOrCancelledImportFreesItsPlace(host);

    [Fact]
    public Task FindAsync_After24Hours_FindsNothingAndTheRowIsDeleted() => PendingImportScenarios.ImportExpiresAfter24Hours(host);
}
