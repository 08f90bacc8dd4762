using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// A Bot Connector on loopback that records what the bot sends (real HTTP, like the Playground's
/// <c>/_connector</c>): POST/PUT activities answer 201 with an id; creating a conversation answers 201.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Channel<RecordedCall> calls = Channel.CreateUnbounded<RecordedCall>();
    private int nextId;

    private FakeConnector(WebApplication app) => this.app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>The serviceUrl to put in inbound activities; it has a path, like the Playground's.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new FakeConnector(app);
        app.Map("/_connector/{**path}", connector.RecordAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/_connector";
        return connector;
    }

    /// <summary>What GET …/pagedmembers and GET …/members/{id} answer (Teams member objects).</summary>
    public List<object> Members { get; } = [];

    private async Task RecordAsync(HttpContext http)
    {
        if (HttpMethods.IsGet(http.Request.Method))
        {
            var path = http.Request.Path.Value ?? string.Empty;
            if (path.EndsWith("/pagedmembers", StringComparison.Ordinal)) await http.Response.WriteAsJsonAsync(new { members = Members });
            else http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        // The raw target, as sent: Request.Path would show ids already unescaped.
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.Value ?? string.Empty;
        var call = new RecordedCall(http.Request.Method, rawTarget,
            http.Request.Headers.Authorization.ToString(), body.RootElement.Clone());
        Calls.Enqueue(call);
        await calls.Writer.WriteAsync(call);
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id = "m" + Interlocked.Increment(ref nextId) });
    }

    /// <summary>Waits for the next call the bot makes (bounded: a bot that never answers fails the test).</summary>
    public async Task<RecordedCall> NextCallAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        return await calls.Reader.ReadAsync(limit.Token);
    }

    /// <summary>The next call into this conversation; calls to other conversations in between are passed over.</summary>
    public async Task<RecordedCall> NextCallToAsync(string conversationId, TimeSpan? timeout = null)
    {
        var escaped = "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/";
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var call = await calls.Reader.ReadAsync(limit.Token);
            if (call.Path.Contains(escaped, StringComparison.Ordinal)) return call;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public sealed record RecordedCall(string Method, string Path, string Authorization, JsonElement Body)
{
    public string? Text => Body.TryGetProperty("text", out var t) ? t.GetString() : null;
    public string? Summary => Body.TryGetProperty("summary", out var s) ? s.GetString() : null;

    public JsonElement? FirstCard =>
        Body.TryGetProperty("attachments", out var a) && a.GetArrayLength() > 0 && a[0].TryGetProperty("content", out var c) ? c : null;

    /// <summary>Every string value in the body, unescaped, one per line: what a reader of the card sees, and more.</summary>
    public string AllText => string.Join('\n', Strings(Body));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
