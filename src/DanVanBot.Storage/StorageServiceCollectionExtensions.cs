using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Profiles;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringName = "DanVan";

    /// <summary>
    /// Registers the database for <c>Storage:Provider</c> (Sqlite by default, or Postgres) with the
    /// connection string <c>ConnectionStrings:DanVan</c>, and the stores. Resolve
    /// <see cref="DanVanDbContext"/> (scoped) or <see cref="IDbContextFactory{DanVanDbContext}"/>.
    /// </summary>
    public static IServiceCollection AddDanVanStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ReadProvider(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (provider == StorageProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"Storage:Provider is Postgres but ConnectionStrings:{ConnectionStringName} is empty.");
            }

            services.AddDbContextFactory<PostgresDanVanDbContext>(options => ConfigurePostgres(options, connectionString));
            services.TryAddSingleton<IDbContextFactory<DanVanDbContext>,
                DanVanDbContextFactory<PostgresDanVanDbContext>>();
        }
        else
        {
            var sqlite = string.IsNullOrWhiteSpace(connectionString)
                ? DefaultSqliteConnectionString(configuration)
                : connectionString;
            services.AddDbContextFactory<SqliteDanVanDbContext>(options => ConfigureSqlite(options, sqlite));
            services.TryAddSingleton<IDbContextFactory<DanVanDbContext>,
                DanVanDbContextFactory<SqliteDanVanDbContext>>();
        }

        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<DanVanDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IConversationReferenceStore, EfConversationReferenceStore>();
        services.TryAddSingleton<IPlanStore, EfPlanStore>();
        services.TryAddSingleton<IPlanCatalog, EfPlanCatalog>();
        services.TryAddSingleton<IOrganisationStore, EfOrganisationStore>();
        services.TryAddSingleton<IUserProfileStore, EfUserProfileStore>();
        services.TryAddSingleton<IReportStore, EfReportStore>();
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        IgnoreSnapshotCheck(options.UseSqlite(connectionString));

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        IgnoreSnapshotCheck(options.UseNpgsql(connectionString));

    // The migrations are written by hand (the EF design-time tools are not available here), so
    // there is no model snapshot and EF would always report "pending model changes". The schema
    // tests compare the migrated database with the model's own DDL instead.
    private static void IgnoreSnapshotCheck(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));

    private static StorageProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} must be Sqlite or Postgres, not '{value}'.");
    }

    /// <summary>
    /// App_Data/danvanbot.db under the content root (the project folder under <c>dotnet run</c>),
    /// so the database survives rebuilds instead of living in bin/.
    /// </summary>
    private static string DefaultSqliteConnectionString(IConfiguration configuration)
    {
        var root = configuration["contentRoot"];
        if (string.IsNullOrWhiteSpace(root))
        {
            root = AppContext.BaseDirectory;
        }

        return $"Data Source={Path.Combine(root, "App_Data", "danvanbot.db")}";
    }
}
