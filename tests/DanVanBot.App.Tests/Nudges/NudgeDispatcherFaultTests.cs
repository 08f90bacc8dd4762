using System.Collections.Concurrent;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.App.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// The reminder sender outlives a database fault. Here the database has no tables (a bot started before its
/// migrations), so every sending pass fails. The worker used to ask the outbox when the next reminder was due while
/// waiting out the fault; that failed too, ended the worker, and the host stopped the whole bot with it (seen in CI as
/// a bot whose start was cancelled).
/// </summary>
public sealed class NudgeDispatcherFaultTests
{
    private const int PassFailedEventId = 12002;

    [Fact]
    public async Task DatabaseFailsEveryPass_WorkerLogsAndTriesAgainEachPoll_BotKeepsRunning()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-04-20T01:00:00Z"));
        var failures = new PassFailures();
        await using var bot = await RunningBot.StartAsync(prepare: false, replaceServices: services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.AddSingleton<ILoggerProvider>(failures);
        });
        var dispatcher = bot.Services.GetRequiredService<NudgeDispatcher>();
        var poll = bot.Services.GetRequiredService<IOptions<NudgeOptions>>().Value.PollInterval;

        await failures.Reached(1).WaitAsync(TimeSpan.FromSeconds(20));
        // The second pass comes after a poll interval on the bot's clock; advance it until the worker has waited and tried again.
        var guard = DateTime.UtcNow.AddSeconds(20);
        while (!failures.Reached(2).IsCompleted && DateTime.UtcNow < guard)
        {
            Assert.False(dispatcher.ExecuteTask!.IsCompleted, "the reminder worker ended after a failed pass");
            clock.Advance(poll);
            await Task.WhenAny(failures.Reached(2), Task.Delay(10));
        }

        Assert.True(failures.Reached(2).IsCompleted, "no second sending pass after a poll interval");
        Assert.False(dispatcher.ExecuteTask!.IsCompleted);
        Assert.False(bot.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    /// <summary>Counts the sender's "a sending pass failed" log events, and signals when a count is reached.</summary>
    private sealed class PassFailures : ILoggerProvider
    {
        private readonly ConcurrentDictionary<int, TaskCompletionSource> reached = new();
        private int count;

        public Task Reached(int n) => Slot(n).Task;

        private TaskCompletionSource Slot(int n) =>
            reached.GetOrAdd(n, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        private void Failed()
        {
            var now = Interlocked.Increment(ref count);
            for (var n = 1; n <= now; n++) Slot(n).TrySetResult();
        }

        public ILogger CreateLogger(string categoryName) =>
            categoryName == typeof(NudgeDispatcher).FullName ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public void Dispose() { }

        private sealed class Logger(PassFailures failures) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (eventId.Id == PassFailedEventId) failures.Failed();
            }
        }
    }
}
