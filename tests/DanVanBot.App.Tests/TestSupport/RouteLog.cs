using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// A logger provider that remembers which route the bot's turn runner chose for each activity id (its
/// "Turn routed to {Route}" log line), and every warning: what the bot did, read from the bot's own log.
/// </summary>
public sealed class RouteLog : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, string> routes = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Warnings { get; } = new();

    public string? RouteOf(string activityId) => routes.GetValueOrDefault(activityId);

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(RouteLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) log.Warnings.Enqueue(formatter(state, exception));
            if (state is not IReadOnlyList<KeyValuePair<string, object?>> fields) return;
            var route = fields.FirstOrDefault(f => f.Key == "Route").Value as string;
            var activityId = fields.FirstOrDefault(f => f.Key == "ActivityId").Value as string;
            if (route is not null && activityId is not null) log.routes[activityId] = route;
        }
    }
}
