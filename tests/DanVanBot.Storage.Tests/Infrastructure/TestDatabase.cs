using DanVanBot.Storage.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// One real database (a SQLite file, a PostgreSQL or a SQL Server database), wired through
/// <see cref="StorageServiceCollectionExtensions.AddDanVanStorage"/> like the web host does.
/// </summary>
public sealed class TestDatabase(StorageProvider provider, string connectionString, ServiceProvider services)
    : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(7));

    public StorageProvider Provider { get; } = provider;
    public string ConnectionString { get; } = connectionString;
    public IServiceProvider Services => services;
    public ManualClock Clock => (ManualClock)services.GetRequiredService<TimeProvider>();

    public static TestDatabase Create(
        StorageProvider provider, string connectionString, string? contentRoot = null, bool migrateAtStartup = true,
        Action<IServiceCollection>? configureServices = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [StorageServiceCollectionExtensions.ProviderKey] = provider.ToString(),
            [StorageOptions.MigrateAtStartupKey] = migrateAtStartup ? null : "false",
            ["contentRoot"] = contentRoot,
        };
        if (contentRoot is null)
        {
            settings[$"ConnectionStrings:{StorageServiceCollectionExtensions.ConnectionStringName}"] = connectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection()
            .AddSingleton<TimeProvider>(new ManualClock(Start))
            .AddDanVanStorage(configuration)
            .AddPlanImportStores();
        configureServices?.Invoke(collection);
        var services = collection.BuildServiceProvider();
        return new TestDatabase(provider, connectionString, services);
    }

    public T Get<T>() where T : notnull => services.GetRequiredService<T>();

    public DanVanDbContext CreateContext() => Get<IDbContextFactory<DanVanDbContext>>().CreateDbContext();

    public Task MigrateAsync() => services.MigrateDanVanDatabaseAsync();

    public async Task EnsureCreatedAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureCreatedAsync();
    }

    public Task<IReadOnlyList<string>> ReadSchemaAsync() => Provider switch
    {
        StorageProvider.Sqlite => SqliteSchemaReader.ReadAsync(ConnectionString),
        StorageProvider.Postgres => PostgresSchemaReader.ReadAsync(ConnectionString),
        _ => SqlServerSchemaReader.ReadAsync(ConnectionString),
    };

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
