using Microsoft.Data.Sqlite;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>Real SQLite files in a temporary folder that is deleted with the fixture.</summary>
public sealed class SqliteFileHost : IStorageHost, IAsyncLifetime
{
    private readonly List<TestDatabase> databases = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("danvan-storage-").FullName;

    public Task<TestDatabase> CreateDatabaseAsync()
    {
        var file = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        return Task.FromResult(Track(TestDatabase.Create(StorageProvider.Sqlite, $"Data Source={file}")));
    }

    /// <summary>A new file wired with <c>Storage:MigrateAtStartup=false</c>.</summary>
    public TestDatabase CreateNotMigratingAtStartup() => Track(TestDatabase.Create(
        StorageProvider.Sqlite, $"Data Source={Path.Combine(Folder, $"{Guid.NewGuid():N}.db")}", migrateAtStartup: false));

    /// <summary>A database wired with no connection string, as <c>dotnet run</c> would be.</summary>
    public TestDatabase CreateWithDefaultPath(string contentRoot) =>
        Track(TestDatabase.Create(StorageProvider.Sqlite, connectionString: "", contentRoot));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var database in databases)
        {
            await database.DisposeAsync();
        }

        // Pooled connections keep the files open; release them before deleting the folder.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }

    private TestDatabase Track(TestDatabase database)
    {
        databases.Add(database);
        return database;
    }
}
