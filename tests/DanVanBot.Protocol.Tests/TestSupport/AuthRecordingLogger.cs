using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Tests.TestSupport;

public sealed record AuthLogEntry(LogLevel Level, EventId EventId, string Message);

/// <summary>Keeps every formatted log line so tests can check what was (and was not) logged.</summary>
public sealed class AuthRecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<AuthLogEntry> _entries = new();

    public IReadOnlyList<AuthLogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(_entries);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<AuthLogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new AuthLogEntry(logLevel, eventId, formatter(state, exception)));
    }
}
