using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Tests.Connector;

/// <summary>What the fake Connector saw, as it arrived on the wire.</summary>
public sealed record RecordedRequest(
    string Method, string RawTarget, string? Authorization, string Body, long ArrivedAt, DateTimeOffset ArrivedAtUtc);

/// <summary>One scripted answer; <see cref="Hang"/> never answers (until the client gives up).</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, string? RetryAfter = null, bool Hang = false);

/// <summary>
/// A real Kestrel listener on 127.0.0.1 with a random port that records every request and
/// answers from a script (then 200 {"id":"default-id"} once the script runs out).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    public const string MsCv = "test-ms-cv-1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _disposed;

    private LoopbackConnector(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var connector = new LoopbackConnector(builder.Build());
        connector._app.Run(connector.HandleAsync);
        await connector._app.StartAsync();
        connector.BaseUrl = connector._app.Urls.Single().TrimEnd('/');
        return connector;
    }

    public LoopbackConnector Answer(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            _script.Enqueue(response);
        }

        return this;
    }

    public LoopbackConnector Answer(params int[] statuses) =>
        Answer(statuses.Select(status => new ScriptedResponse(status)).ToArray());

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.FirstOrDefault(),
            body,
            Stopwatch.GetTimestamp(),
            DateTimeOffset.UtcNow));

        var scripted = _script.TryDequeue(out var next) ? next : new ScriptedResponse(200, """{"id":"default-id"}""");
        if (scripted.Hang)
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = scripted.Status;
        context.Response.Headers["MS-CV"] = MsCv;
        if (scripted.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = scripted.RetryAfter;
        }

        if (scripted.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(scripted.Body, context.RequestAborted);
        }
    }

    /// <summary>Idempotent: a test may stop the listener early to get a port nobody answers on.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
