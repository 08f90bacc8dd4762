using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage;

public static class StorageServiceCollectionExtensions
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringName = "DanVan";

    /// <summary>
    /// Registers the database for <c>Storage:Provider</c> (Sqlite by default, Postgres or SqlServer) with the
    /// connection string <c>ConnectionStrings:DanVan</c>, and the stores. Resolve
    /// <see cref="DanVanDbContext"/> (scoped) or <see cref="IDbContextFactory{DanVanDbContext}"/>.
    /// </summary>
    public static IServiceCollection AddDanVanStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = StorageOptions.Read(configuration);
        var provider = options.Provider;
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (provider != StorageProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new StorageSetupException(
                $"{ProviderKey} is {provider} but ConnectionStrings:{ConnectionStringName} is empty.");
        }

        if (provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultSqliteConnectionString(configuration);
        }

        DanVanContexts.Register(services, provider, connectionString!);
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<DanVanDbContext>>().CreateDbContext());
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton(options);
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<IConversationReferenceStore, EfConversationReferenceStore>();
        services.TryAddSingleton<IPlanStore, EfPlanStore>();
        services.TryAddSingleton<IPlanCatalog, EfPlanCatalog>();
        services.TryAddSingleton<IOrganisationStore, EfOrganisationStore>();
        services.TryAddSingleton<RosterSnapshot>();
        services.TryAddSingleton<IRosterSnapshot>(sp => sp.GetRequiredService<RosterSnapshot>());
        services.TryAddSingleton<IRosterStore, EfRosterStore>();
        services.TryAddSingleton<IRosterImporter, EfRosterImporter>();
        services.TryAddSingleton<IPersonConversations, EfPersonConversations>();
        services.TryAddSingleton<IAuditLog, EfAuditLog>();
        services.TryAddSingleton<IReportStore, EfReportStore>();
        services.TryAddSingleton<IReportCompliance, EfReportCompliance>();
        services.AddNudgeStores();
        return services;
    }

    public static StorageProvider ReadProvider(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new StorageSetupException($"{ProviderKey} must be Sqlite, Postgres or SqlServer, not '{value}'.");
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
