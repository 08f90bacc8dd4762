using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVanBot.App.Hosting.Health;

/// <summary>
/// Whether this instance finished its start-up work (migrations, then the first-run import of the sample plans).
/// Until then it is Degraded: alive, not ready.
/// </summary>
internal sealed class StartupHealthCheck : IHealthCheck
{
    public const string Name = "startup";
    private volatile bool started;

    public void MarkStarted() => started = true;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(started
            ? HealthCheckResult.Healthy("Migrations and the first-run import are done.")
            : HealthCheckResult.Degraded("Starting: migrations and the first-run import are not done yet."));
}
