using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// A Connector on loopback that answers each conversation as Teams would for a blocked user (403
/// ConversationBlockedByUser), a deleted chat (404 ConversationNotFound), a throttled tenant (429 with Retry-After once)
/// or a reachable one (201), and records when (on the test's clock) each call came.
/// </summary>
internal sealed class ScriptedConnector : IAsyncDisposable
{
    public const string Blocked = "a:blocked";
    public const string Gone = "a:gone";
    public const string Throttled = "a:throttled";
    public const int RetryAfterSeconds = 7;

    private readonly WebApplication app;
    private readonly Func<DateTimeOffset> now;
    private int throttledOnce;

    private ScriptedConnector(WebApplication app, Func<DateTimeOffset> now)
    {
        this.app = app;
        this.now = now;
    }

    public string ServiceUrl { get; private set; } = "";

    public ConcurrentQueue<(string Conversation, DateTimeOffset At, int Status)> Calls { get; } = new();

    public int CallsTo(string conversation) => Calls.Count(c => c.Conversation == conversation);

    public static async Task<ScriptedConnector> StartAsync(Func<DateTimeOffset> now)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ScriptedConnector(app, now);
        app.MapPost("/_connector/v3/conversations/{conversation}/activities", connector.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/_connector/";
        return connector;
    }

    private async Task AnswerAsync(HttpContext http, string conversation)
    {
        var (status, code) = conversation switch
        {
            Blocked => (403, "ConversationBlockedByUser"),
            Gone => (404, "ConversationNotFound"),
            Throttled when Interlocked.Exchange(ref throttledOnce, 1) == 0 => (429, "Throttled"),
            _ => (201, null),
        };
        Calls.Enqueue((conversation, now(), status));
        http.Response.StatusCode = status;
        if (status == 429) http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (code is null) await http.Response.WriteAsJsonAsync(new { id = "m" + Calls.Count });
        else await http.Response.WriteAsJsonAsync(new { error = new { code, message = code } });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
