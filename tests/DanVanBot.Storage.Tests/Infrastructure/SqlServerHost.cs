namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>Uniquely named databases on the server from DANVAN_TEST_SQLSERVER, dropped with the fixture.</summary>
public sealed class SqlServerHost : IStorageHost, IAsyncLifetime
{
    private readonly string prefix = $"danvan_test_{Guid.NewGuid():N}"[..24];
    private readonly List<(string Name, TestDatabase Database)> databases = [];

    public async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = $"{prefix}_{databases.Count}";
        var connectionString = await SqlServerServer.CreateDatabaseAsync(name);
        var database = TestDatabase.Create(StorageProvider.SqlServer, connectionString);
        databases.Add((name, database));
        return database;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (name, database) in databases)
        {
            await database.DisposeAsync();
            await SqlServerServer.DropDatabaseAsync(name);
        }
    }
}
