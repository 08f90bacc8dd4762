using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Each provider's context as <c>dotnet ef</c> builds it: from the design-time factories, with no server
/// behind the connection string (nothing here opens one).
/// </summary>
public static class DesignTimeContexts
{
    public static TheoryData<StorageProvider> Providers => [StorageProvider.Sqlite, StorageProvider.Postgres, StorageProvider.SqlServer];

    public static DanVanDbContext Create(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => new SqliteDesignTimeFactory().CreateDbContext([]),
        StorageProvider.Postgres => new PostgresDesignTimeFactory().CreateDbContext([]),
        StorageProvider.SqlServer => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static IReadOnlyList<string> MigrationNames(DanVanDbContext db) =>
        db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]).ToList();
}
