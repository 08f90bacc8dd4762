using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench.Nudges;

/// <summary>
/// A Bot Connector on loopback Kestrel for reminders: answers every "send to conversation" with 201 and an id at once,
/// counts the messages and keeps the instant each arrived (for the paced rate). It runs in the benchmark's process, so on
/// this 2-core machine it takes CPU from the sender it measures: the figures are a floor, not Teams' ceiling.
/// </summary>
internal sealed class CountingConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Lock gate = new();
    private readonly List<long> arrivals = [];

    private CountingConnector(WebApplication app) => this.app = app;

    public string ServiceUrl { get; private set; } = "";

    public int Count
    {
        get { lock (gate) return arrivals.Count; }
    }

    public static async Task<CountingConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new CountingConnector(app);
        app.MapPost("/connector/v3/conversations/{conversation}/activities", connector.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/connector/";
        return connector;
    }

    /// <summary>Forgets what arrived so far (between measured runs).</summary>
    public void Reset()
    {
        lock (gate) arrivals.Clear();
    }

    /// <summary>Messages per second between the first and the last arrival: the rate Teams would see.</summary>
    public double ArrivalRate()
    {
        lock (gate)
        {
            if (arrivals.Count < 2) return double.NaN;
            var span = Stopwatch.GetElapsedTime(arrivals.Min(), arrivals.Max()).TotalSeconds;
            return (arrivals.Count - 1) / span;
        }
    }

    private async Task AnswerAsync(HttpContext http, string conversation)
    {
        int count;
        lock (gate)
        {
            arrivals.Add(Stopwatch.GetTimestamp());
            count = arrivals.Count;
        }
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id = "m" + count });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
