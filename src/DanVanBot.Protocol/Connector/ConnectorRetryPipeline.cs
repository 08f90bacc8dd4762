using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Retry policy for Connector calls (spec §2.3 status table): 429 honouring Retry-After; 412, 502, 503,
/// 504, network errors and attempt timeouts with exponential jittered backoff. Nothing else is retried:
/// 400/401/403/404/413 will not change on a second try, and Teams documents 500 as "do not retry".
/// </summary>
public sealed class ConnectorRetryPipeline
{
    private static readonly HashSet<HttpStatusCode> RetriedStatuses =
    [
        HttpStatusCode.TooManyRequests,
        HttpStatusCode.PreconditionFailed,
        HttpStatusCode.BadGateway,
        HttpStatusCode.ServiceUnavailable,
        HttpStatusCode.GatewayTimeout,
    ];

    private readonly TimeProvider timeProvider;
    private readonly TimeSpan maxDelay;

    public ConnectorRetryPipeline(ConnectorRetryOptions options, TimeProvider timeProvider, ILogger logger)
    {
        this.timeProvider = timeProvider;
        maxDelay = options.MaxDelay;
        var retried = options.RetryThrottled ? RetriedStatuses : RetriedStatuses.Where(s => s != HttpStatusCode.TooManyRequests).ToHashSet();
        Pipeline = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(response => retried.Contains(response.StatusCode)),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                DelayGenerator = args => ValueTask.FromResult(
                    RetryAfter(args.Outcome.Result, timeProvider.GetUtcNow(), options.MaxDelay)),
                OnRetry = args =>
                {
                    ConnectorLog.Retrying(
                        logger,
                        args.AttemptNumber + 1,
                        (int?)args.Outcome.Result?.StatusCode,
                        args.RetryDelay,
                        MsCv(args.Outcome.Result),
                        args.Outcome.Exception);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; }

    /// <summary>The Retry-After of a 429 answer, capped like the retries' own waits; null for other answers.</summary>
    public TimeSpan? RetryAfterOf(HttpResponseMessage response) => RetryAfter(response, timeProvider.GetUtcNow(), maxDelay);

    /// <summary>
    /// The wait a 429 asks for (delta-seconds or HTTP-date), capped at <paramref name="maxDelay"/> so one
    /// bad header cannot park a reminder run for hours; null means "use the exponential backoff".
    /// </summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage? response, DateTimeOffset now, TimeSpan maxDelay)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter is not { } header)
        {
            return null;
        }

        var delay = FromHeader(header, now);
        if (delay is null)
        {
            return null;
        }

        return delay.Value < TimeSpan.Zero ? TimeSpan.Zero : delay.Value > maxDelay ? maxDelay : delay.Value;
    }

    internal static string? MsCv(HttpResponseMessage? response) =>
        response is not null && response.Headers.TryGetValues("MS-CV", out var values) ? string.Join(",", values) : null;

    private static TimeSpan? FromHeader(RetryConditionHeaderValue header, DateTimeOffset now) =>
        header.Delta ?? (header.Date is { } date ? date - now : null);
}
