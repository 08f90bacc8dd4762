using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Unhealthy when a turn-queue partition has no running worker, or one turn has held it for more than twice the
/// turn time limit (a handler that ignores its cancellation token): either way, the conversations of that
/// partition get no answers, which a plain "ok" would hide.
/// </summary>
public sealed class TurnWorkerHealthCheck(TurnWorkerStatus status, IOptions<BotHostingOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stuckAfter = options.Value.TurnTimeout * 2;
        var problems = new List<string>();
        var data = new Dictionary<string, object>();
        for (var partition = 0; partition < status.PartitionCount; partition++)
        {
            var busyFor = status.BusyFor(partition);
            if (!status.IsRunning(partition)) problems.Add($"partition {partition}: no worker running");
            else if (busyFor > stuckAfter) problems.Add($"partition {partition}: one turn for {busyFor.Value.TotalSeconds:F0} s");
            data[$"partition{partition}.crashes"] = status.Crashes(partition);
        }
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy($"{status.PartitionCount} turn workers running", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", problems), data: data));
    }
}
