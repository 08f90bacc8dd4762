using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVanBot.Protocol.Tests.Connector;

/// <summary>Hands out predictable tokens and counts how often it was asked (and forced to refresh).</summary>
public sealed class CountingTokenProvider(string? token = "token-1") : IBotTokenProvider
{
    private int _calls;
    private int _forcedRefreshes;

    public int Calls => _calls;

    public int ForcedRefreshes => _forcedRefreshes;

    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (token is null)
        {
            return ValueTask.FromResult<string?>(null);
        }

        return ValueTask.FromResult<string?>(
            forceRefresh ? $"refreshed-{Interlocked.Increment(ref _forcedRefreshes)}" : token);
    }
}

internal static class ConnectorClients
{
    /// <summary>Short backoff so retry tests stay fast; Retry-After still dictates its own wait.</summary>
    public static ConnectorRetryOptions FastRetries(int maxRetryAttempts = 3, TimeSpan? attemptTimeout = null) => new()
    {
        MaxRetryAttempts = maxRetryAttempts,
        BaseDelay = TimeSpan.FromMilliseconds(10),
        MaxDelay = TimeSpan.FromSeconds(5),
        AttemptTimeout = attemptTimeout ?? TimeSpan.FromSeconds(10),
    };

    public static ConnectorClient Create(
        IBotTokenProvider tokens, bool development = true, ConnectorRetryOptions? retry = null) =>
        new(
            new HttpClient { Timeout = Timeout.InfiniteTimeSpan },
            tokens,
            new ServiceUrlPolicy(allowLoopback: development),
            new ConnectorRetryPipeline(retry ?? FastRetries(), TimeProvider.System, NullLogger.Instance),
            NullLogger<ConnectorClient>.Instance);

    public static Activity Message(string text = "Xin chào") => new() { Type = ActivityTypes.Message, Text = text };
}
