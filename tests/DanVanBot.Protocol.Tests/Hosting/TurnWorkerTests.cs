using System.Security.Claims;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DanVanBot.Protocol.Tests.Hosting;

/// <summary>A worker loop survives any turn, says so at once in the log, and the health check sees a stuck or dead one.</summary>
public sealed class TurnWorkerTests : IAsyncDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly BotHostingOptions options = new() { Partitions = 1, TurnTimeout = TimeSpan.FromSeconds(60) };
    private readonly RecordingConnector connector = new();
    private readonly AuthRecordingLoggerProvider logs = new();
    private readonly FakeTimeProvider clock = new();
    private readonly TaskCompletionSource<string> answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TurnQueue queue;
    private readonly TurnWorkerStatus status;
    private readonly TurnWorker worker;

    public TurnWorkerTests()
    {
        var routes = new RouteTable()
            .On("oom", turn => turn.Activity.Text == "oom", _ => throw new OutOfMemoryException("a billion characters"))
            .On("stuck", turn => turn.Activity.Text == "stuck", async _ => { entered.SetResult(); await release.Task; })
            .On("answer", _ => true, turn => { answered.TrySetResult(turn.Activity.Text!); return Task.CompletedTask; });
        var wrapped = Options.Create(options);
        queue = new TurnQueue(wrapped);
        status = new TurnWorkerStatus(queue, clock);
        var loggers = LoggerFactory.Create(builder => builder.AddProvider(logs));
        var scopes = new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>();
        var runner = new TurnRunner(routes, connector, scopes, wrapped, clock, NullLogger<TurnRunner>.Instance);
        worker = new TurnWorker(queue, runner, status, clock, loggers.CreateLogger<TurnWorker>());
    }

    [Fact]
    public async Task Worker_TurnThrowsOutOfMemory_LogsAtOnceApologisesAndAnswersTheNextMessage()
    {
        await worker.StartAsync(CancellationToken.None);

        Enqueue("oom");
        Enqueue("tháng này có gì đến hạn?");

        Assert.Equal("tháng này có gì đến hạn?", await answered.Task.WaitAsync(Wait));
        var crash = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("partition 0", crash.Message, StringComparison.Ordinal);
        Assert.Equal(options.ApologyText, Assert.Single(connector.Sent).Activity.Text);
        Assert.Equal(1, status.Crashes(0));
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task HealthCheck_OneTurnHoldsItsPartitionPastTwiceTheTimeLimit_IsUnhealthyUntilItEnds()
    {
        await worker.StartAsync(CancellationToken.None);
        Enqueue("stuck");
        await entered.Task.WaitAsync(Wait);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);

        clock.Advance(options.TurnTimeout * 2 + TimeSpan.FromSeconds(1));
        var stuck = await CheckAsync();
        release.SetResult();
        Enqueue("xin chào");
        await answered.Task.WaitAsync(Wait);

        Assert.Equal(HealthStatus.Unhealthy, stuck.Status);
        Assert.Contains("partition 0: one turn for 121 s", stuck.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync()).Status);
    }

    [Fact]
    public async Task HealthCheck_WorkerNotRunning_IsUnhealthy()
    {
        var beforeStart = await CheckAsync();
        await worker.StartAsync(CancellationToken.None);
        await worker.StopAsync(CancellationToken.None);
        var afterStop = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, beforeStart.Status);
        Assert.Equal(HealthStatus.Unhealthy, afterStop.Status);
        Assert.Contains("no worker running", afterStop.Description, StringComparison.Ordinal);
    }

    public async ValueTask DisposeAsync()
    {
        release.TrySetResult();
        await worker.StopAsync(CancellationToken.None);
        worker.Dispose();
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new TurnWorkerHealthCheck(status, Options.Create(options)).CheckHealthAsync(new HealthCheckContext());

    private void Enqueue(string text) => Assert.True(queue.TryEnqueue(new QueuedTurn(new Activity
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        Text = text,
        ServiceUrl = "https://smba.trafficmanager.net/apac/",
        ChannelId = Channels.MsTeams,
        Conversation = new ConversationAccount { Id = "a:conv-1" },
    }, new ClaimsIdentity())));
}
