namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Uniquely named databases on the server from DANVAN_TEST_POSTGRES, dropped with the fixture.
/// Nothing happens until a test asks, so skipped tests never touch the (possibly absent) server.
/// </summary>
public sealed class PostgresHost : IStorageHost, IAsyncLifetime
{
    private readonly string prefix = $"danvan_test_{Guid.NewGuid():N}"[..24];
    private readonly List<(string Name, TestDatabase Database)> databases = [];

    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = $"{prefix}_{databases.Count}";
        var connectionString = await PostgresServer.CreateDatabaseAsync(name);
        var database = TestDatabase.Create(StorageProvider.Postgres, connectionString);
        databases.Add((name, database));
        return database;
    }

    /// <summary>A database name nobody has created yet (dropped with the fixture if something creates it).</summary>
    public TestDatabase CreateMissingDatabase()
    {
        var name = $"{prefix}_{databases.Count}";
        var database = TestDatabase.Create(StorageProvider.Postgres, PostgresServer.ConnectionStringFor(name));
        databases.Add((name, database));
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (name, database) in databases)
        {
            await database.DisposeAsync();
            await PostgresServer.DropDatabaseAsync(name);
        }
    }
}
