using System.Net;
using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DanVanBot.App.Tests.Protocol;

/// <summary>/healthz runs the health checks, the turn workers' among them (not a fixed "ok").</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_BotRunning_ReportsTheTurnWorkersHealthy()
    {
        await using var bot = await RunningBot.StartAsync();
        using var http = new HttpClient();

        using var response = await http.GetAsync(new Uri(bot.BaseAddress, "/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await TurnWorkersStatusAsync(response));
    }

    [Fact]
    public async Task Healthz_AfterTheWorkersStopped_Answers503()
    {
        await using var bot = await RunningBot.StartAsync();
        using var http = new HttpClient();
        var workers = bot.Services.GetServices<IHostedService>()
            .OfType<TurnWorker>().Single();

        await workers.StopAsync(CancellationToken.None);
        using var response = await http.GetAsync(new Uri(bot.BaseAddress, "/healthz"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await TurnWorkersStatusAsync(response));
    }

    /// <summary>The turn workers' own entry in the /healthz report.</summary>
    private static async Task<string?> TurnWorkersStatusAsync(HttpResponseMessage response)
    {
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return report.RootElement.GetProperty("checks").GetProperty("turn-workers").GetProperty("status").GetString();
    }
}
