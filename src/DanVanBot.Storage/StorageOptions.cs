using Microsoft.Extensions.Configuration;

namespace DanVanBot.Storage;

/// <summary>
/// <c>Storage:Provider</c>, and <c>Storage:MigrateAtStartup</c> (default true): false for production databases
/// that allow no schema change at startup, where an administrator applies migrations (<c>DanVanBot db migrate</c>
/// or the SQL of <c>db script</c>) and the bot refuses to start while any is missing.
/// </summary>
public sealed record StorageOptions(StorageProvider Provider, bool MigrateAtStartup)
{
    public const string MigrateAtStartupKey = "Storage:MigrateAtStartup";

    public static StorageOptions Read(IConfiguration configuration)
    {
        var provider = StorageServiceCollectionExtensions.ReadProvider(configuration);
        var migrate = configuration[MigrateAtStartupKey];
        return string.IsNullOrWhiteSpace(migrate) ? new(provider, true)
            : bool.TryParse(migrate, out var value) ? new(provider, value)
            : throw new StorageSetupException($"{MigrateAtStartupKey} must be true or false, not '{migrate}'.");
    }
}
