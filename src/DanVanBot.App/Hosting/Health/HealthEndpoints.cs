using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DanVanBot.App.Hosting.Health;

/// <summary>
/// <c>/healthz</c>: every registered health check (the database with its schema version, start-up, and whatever
/// other parts register), 200 while Healthy or Degraded, 503 when Unhealthy — the liveness probe.
/// <c>/healthz/ready</c>: only the checks tagged <see cref="ReadyTag"/>, 200 only when all are Healthy (migrations
/// applied and the first-run import done) — the readiness probe a load balancer should use.
/// </summary>
internal static class HealthEndpoints
{
    public const string ReadyTag = "ready";
    private static readonly TimeSpan DatabaseTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddDanVanHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<StartupHealthCheck>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [ReadyTag], timeout: DatabaseTimeout)
            .AddCheck<StartupHealthCheck>(StartupHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapDanVanHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportJson.WriteAsync });
        app.MapHealthChecks("/healthz/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportJson.WriteAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    /// <summary>Called once migrations and the first-run import are done.</summary>
    public static void MarkStarted(this IServiceProvider services) =>
        services.GetRequiredService<StartupHealthCheck>().MarkStarted();
}
