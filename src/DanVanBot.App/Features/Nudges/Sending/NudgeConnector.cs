using DanVanBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>
/// The Connector client reminders use: the same client as replies (token, serviceUrl allow-list, 5xx retries with
/// jittered backoff), except that a 429 comes back at once with its Retry-After, so the sender can pause the whole
/// tenant instead of letting each request wait on its own.
/// </summary>
internal static class NudgeConnector
{
    public const string Key = "nudges";

    public static IServiceCollection AddNudgeConnector(this IServiceCollection services)
    {
        services.AddHttpClient(Key, client => client.Timeout = Timeout.InfiniteTimeSpan);
        services.AddKeyedSingleton<IConnectorClient>(Key, (sp, _) =>
        {
            var shared = sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
            var options = new ConnectorRetryOptions
            {
                MaxRetryAttempts = shared.MaxRetryAttempts, BaseDelay = shared.BaseDelay, MaxDelay = shared.MaxDelay,
                AttemptTimeout = shared.AttemptTimeout, RetryThrottled = false,
            };
            var loggers = sp.GetRequiredService<ILoggerFactory>();
            return new ConnectorClient(
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(Key),
                sp.GetRequiredService<IBotTokenProvider>(),
                sp.GetRequiredService<ServiceUrlPolicy>(),
                new ConnectorRetryPipeline(options, sp.GetRequiredService<TimeProvider>(), loggers.CreateLogger<ConnectorRetryPipeline>()),
                loggers.CreateLogger<ConnectorClient>());
        });
        return services;
    }
}
