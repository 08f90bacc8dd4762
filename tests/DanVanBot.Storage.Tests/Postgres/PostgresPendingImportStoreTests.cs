using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Postgres;

public sealed class PostgresPendingImportStoreTests(PostgresHost host) : IClassFixture<PostgresHost>
{
    [RequiresPostgresFact]
    public Task AddAsync_FourthImportOfOneUser_IsRefused() => PendingImportScenarios.FourthImportOfOneUserIsRefused(host);

    [RequiresPostgresFact]
    public Task AddAsync_AfterOneIsRemoved_HasRoomAgain() => PendingImportScenarios.PublishedOrCancelledImportFreesItsPlace(host);

    [RequiresPostgresFact]
    public Task FindAsync_After24Hours_FindsNothingAndTheRowIsDeleted() => PendingImportScenarios.ImportExpiresAfter24Hours(host);
}
