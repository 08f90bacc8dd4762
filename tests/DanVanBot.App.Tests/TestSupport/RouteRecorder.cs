using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// Learns which route of the real route table handled each activity, from the turn runner's own log events
/// ("Turn routed to {Route}", "No route for …"). Add it to the bot's services as an <see cref="ILoggerProvider"/>.
/// </summary>
public sealed class RouteRecorder : ILoggerProvider
{
    public const string NoRoute = "(no route)";
    private const string TurnRunnerCategory = "DanVanBot.Protocol.Hosting.TurnRunner";
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> routes = new();

    /// <summary>The route that handled the activity with this id, once the runner has chosen it (bounded wait).</summary>
    public async Task<string> RouteOfAsync(string activityId, TimeSpan? timeout = null) =>
        await Slot(activityId).Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(15));

    private TaskCompletionSource<string> Slot(string activityId) =>
        routes.GetOrAdd(activityId, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));

    public ILogger CreateLogger(string categoryName) =>
        categoryName == TurnRunnerCategory ? new Logger(this) : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public void Dispose() { }

    private sealed class Logger(RouteRecorder recorder) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name is not ("Routed" or "Unrouted") || state is not IReadOnlyList<KeyValuePair<string, object?>> values) return;
            var fields = values.ToDictionary(v => v.Key, v => v.Value);
            if (fields.GetValueOrDefault("ActivityId") is not string activityId) return;
            var route = eventId.Name == "Routed" ? fields.GetValueOrDefault("Route") as string ?? NoRoute : NoRoute;
            recorder.Slot(activityId).TrySetResult(route);
        }
    }
}
