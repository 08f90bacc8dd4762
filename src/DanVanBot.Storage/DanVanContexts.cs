using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Sqlite;
using DanVanBot.Storage.SqlServer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage;

/// <summary>
/// The one place that says how each provider's context is configured, shared by the app, the design-time
/// factories (<c>dotnet ef</c>), the CLI and the tests, so all of them build exactly the same model.
/// </summary>
public static class DanVanContexts
{
    /// <summary>Transient faults (failover, throttling, a dropped connection) are retried this many times.</summary>
    private const int MaxRetryCount = 6;

    /// <summary>
    /// SQL Server and PostgreSQL retry transient faults. With retries on, an explicit transaction must run inside
    /// the execution strategy (<see cref="ResilientTransaction"/>); PostgreSQL gets the same strategy as SQL Server
    /// so that rule is exercised by the tests that run here. Retries never change the model.
    /// </summary>
    public static void Configure(
        DbContextOptionsBuilder options, StorageProvider provider, string connectionString, bool retryOnFailure = true)
    {
        ArgumentNullException.ThrowIfNull(options);
        switch (provider)
        {
            case StorageProvider.Sqlite:
                options.UseSqlite(connectionString).AddInterceptors(SqliteAutocommitWrites.Instance);
                break;
            case StorageProvider.Postgres:
                options.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), npgsql => { if (retryOnFailure) npgsql.EnableRetryOnFailure(MaxRetryCount); });
                break;
            case StorageProvider.SqlServer:
                options.UseSqlServer(connectionString, sql => { if (retryOnFailure) sql.EnableRetryOnFailure(MaxRetryCount); });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
    }

    /// <summary>A context of <paramref name="provider"/> outside dependency injection (CLI, design time, tests).</summary>
    public static DanVanDbContext Create(StorageProvider provider, string connectionString, bool retryOnFailure = true)
    {
        void Configure(DbContextOptionsBuilder options) => DanVanContexts.Configure(options, provider, connectionString, retryOnFailure);
        return provider switch
        {
            StorageProvider.Sqlite => new SqliteDanVanDbContext(Options<SqliteDanVanDbContext>(Configure)),
            StorageProvider.Postgres => new PostgresDanVanDbContext(Options<PostgresDanVanDbContext>(Configure)),
            _ => new SqlServerDanVanDbContext(Options<SqlServerDanVanDbContext>(Configure)),
        };
    }

    /// <summary>
    /// A context for work that needs the model but no database (dotnet ef, <c>DanVanBot db script</c>). Its connection
    /// string names a database that is not meant to exist, and it does not retry: a check against a missing server
    /// (<c>migrations remove --force</c>) should fail at once.
    /// </summary>
    public static DanVanDbContext CreateWithoutDatabase(StorageProvider provider) => Create(provider, provider switch
    {
        StorageProvider.Sqlite => "Data Source=danvanbot-design-time.db",
        StorageProvider.Postgres => "Host=localhost;Database=danvanbot_design_time;Timeout=3",
        _ => "Server=localhost;Database=danvanbot_design_time;Integrated Security=true;TrustServerCertificate=true;Connect Timeout=3",
    }, retryOnFailure: false);

    internal static void Register(IServiceCollection services, StorageProvider provider, string connectionString)
    {
        void Configure(DbContextOptionsBuilder options) => DanVanContexts.Configure(options, provider, connectionString);
        switch (provider)
        {
            case StorageProvider.Postgres:
                Register<PostgresDanVanDbContext>(services, Configure);
                break;
            case StorageProvider.SqlServer:
                Register<SqlServerDanVanDbContext>(services, Configure);
                break;
            default:
                Register<SqliteDanVanDbContext>(services, Configure);
                break;
        }
    }

    private static void Register<TContext>(IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : DanVanDbContext
    {
        services.AddDbContextFactory<TContext>(configure);
        services.TryAddSingleton<IDbContextFactory<DanVanDbContext>, DanVanDbContextFactory<TContext>>();
    }

    private static DbContextOptions<TContext> Options<TContext>(Action<DbContextOptionsBuilder> configure)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        return builder.Options;
    }
}
