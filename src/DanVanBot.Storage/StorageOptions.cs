using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DanVanBot.Storage;

/// <summary>
/// <c>Storage:Provider</c>; <c>Storage:MigrateAtStartup</c> (default true): false for production databases
/// that allow no schema change at startup, where an administrator applies migrations (<c>DanVanBot db migrate</c>
/// or the SQL of <c>db script</c>) and the bot refuses to start while any is missing;
/// <c>Storage:RosterSnapshotRefresh</c> (default 00:00:30, 0 turns it off): how old the bot's in-memory roster may
/// be, i.e. how long a role granted or revoked by the command line or another instance takes to apply here.
/// </summary>
public sealed record StorageOptions(StorageProvider Provider, bool MigrateAtStartup)
{
    public const string MigrateAtStartupKey = "Storage:MigrateAtStartup";
    public const string RosterSnapshotRefreshKey = "Storage:RosterSnapshotRefresh";

    public TimeSpan RosterSnapshotRefresh { get; init; } = TimeSpan.FromSeconds(30);

    public static StorageOptions Read(IConfiguration configuration)
    {
        var provider = StorageServiceCollectionExtensions.ReadProvider(configuration);
        var migrate = configuration[MigrateAtStartupKey];
        var options = string.IsNullOrWhiteSpace(migrate) ? new StorageOptions(provider, true)
            : bool.TryParse(migrate, out var value) ? new StorageOptions(provider, value)
            : throw new StorageSetupException($"{MigrateAtStartupKey} must be true or false, not '{migrate}'.");
        return configuration[RosterSnapshotRefreshKey] is not { Length: > 0 } refresh ? options
            : options with { RosterSnapshotRefresh = ParseRefresh(refresh) };
    }

    private static TimeSpan ParseRefresh(string text) =>
        text.Trim() == "0" ? TimeSpan.Zero
        : TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero ? value
        : throw new StorageSetupException($"{RosterSnapshotRefreshKey} must be a time span such as 00:00:30 (or 0 to turn it off), not '{text}'.");
}
