using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench;

/// <summary>
/// A fake Bot Connector on 127.0.0.1 that hands each reply to whoever waits for the activity it answers
/// (matched by <c>replyToId</c>), so a benchmark can time a turn from request to delivered reply.
/// </summary>
public sealed class ReplyCatcher : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> waiting = new(StringComparer.Ordinal);

    private ReplyCatcher(WebApplication app) => this.app = app;

    /// <summary>The serviceUrl to put in activities (ends with a slash).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <param name="port">0: any free port.</param>
    public static async Task<ReplyCatcher> StartAsync(int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var catcher = new ReplyCatcher(builder.Build());
        catcher.app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (Delegate)catcher.ReceiveAsync);
        catcher.app.MapPost("/v3/conversations/{conversationId}/activities", (Delegate)catcher.ReceiveAsync);
        await catcher.app.StartAsync();
        var address = catcher.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        catcher.ServiceUrl = address.TrimEnd('/') + "/";
        return catcher;
    }

    /// <summary>Register before sending the activity; completes with the first reply to it.</summary>
    public Task<JsonElement> ReplyTo(string activityId)
    {
        var source = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[activityId] = source;
        return source.Task;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var document = await JsonDocument.ParseAsync(http.Request.Body);
        var reply = document.RootElement.Clone();
        if (reply.TryGetProperty("replyToId", out var replyTo) && replyTo.GetString() is { } id && waiting.TryRemove(id, out var source))
        {
            source.TrySetResult(reply);
        }
        return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: StatusCodes.Status201Created);
    }
}
