using System.Net;
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
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
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
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }
}
