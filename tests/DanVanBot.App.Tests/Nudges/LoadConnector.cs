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
/// A Connector on loopback for many reminders: counts the messages each conversation received (a message counts once
/// its 201 is being written), and on request stops answering after a number of messages (held requests never count),
/// so a test can kill the sender with requests in flight.
/// </summary>
internal sealed class LoadConnector : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int expected;
    private readonly TaskCompletionSource reachedExpected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int answered;

    private LoadConnector(WebApplication app, int expected, int? holdAfter)
    {
        this.app = app;
        this.expected = expected;
        HoldAfter = holdAfter;
    }

    public string ServiceUrl { get; private set; } = "";
    public int? HoldAfter { get; }
    public int Answered => Volatile.Read(ref answered);
    public ConcurrentDictionary<string, int> PerConversation { get; } = new(StringComparer.Ordinal);

    /// <summary>Completes when the connector stopped answering (after <see cref="HoldAfter"/> messages).</summary>
    public Task Held => held.Task;

    /// <summary>Completes when <c>expected</c> messages were answered in all.</summary>
    public Task ReachedExpected => reachedExpected.Task;

    public static async Task<LoadConnector> StartAsync(int expected, int? holdAfter = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoadConnector(app, expected, holdAfter);
        app.MapPost("/_connector/v3/conversations/{conversation}/activities", connector.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/_connector/";
        return connector;
    }

    /// <summary>Answers again (held requests stay unanswered: their sender is gone).</summary>
    public void Release() => released.TrySetResult();

    private async Task AnswerAsync(HttpContext http, string conversation)
    {
        if (HoldAfter is { } limit && !released.Task.IsCompleted && Answered >= limit)
        {
            held.TrySetResult();
            await Task.WhenAny(released.Task, Task.Delay(Timeout.Infinite, http.RequestAborted));
            return; // never answered: the message did not go through
        }

        var count = Interlocked.Increment(ref answered);
        PerConversation.AddOrUpdate(conversation, 1, (_, n) => n + 1);
        if (count >= expected) reachedExpected.TrySetResult();
        http.Response.StatusCode = StatusCodes.Status201Created;
        await http.Response.WriteAsJsonAsync(new { id = "m" + count });
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
