using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVanBot.App.Hosting.Health;

/// <summary>
/// The database: reachable, and its schema version (the last applied migration). Pending migrations make it
/// Degraded: the instance still runs, but is not ready (the schema is behind the code).
/// </summary>
internal sealed class DatabaseHealthCheck(IDbContextFactory<DanVanDbContext> contexts) : IHealthCheck
{
    public const string Name = "database";
    public const string SchemaVersionKey = "schemaVersion";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["provider"] = db.Database.ProviderName ?? "unknown" };
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database cannot be reached.", data: data);
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (applied.Count > 0) data[SchemaVersionKey] = applied[^1];
            data["pendingMigrations"] = pending.Count;
            return pending.Count == 0
                ? HealthCheckResult.Healthy("Reachable; the schema is up to date.", data)
                : HealthCheckResult.Degraded($"Reachable, but {pending.Count} migration(s) are not applied yet.", data: data);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The exception goes to the health-check log, not into the public body (it may name servers).
            return HealthCheckResult.Unhealthy("The database query failed.", error, data);
        }
    }
}
