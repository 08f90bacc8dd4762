using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> (typed HttpClient + retries), the token provider
    /// (MSAL when Bot:MicrosoftAppId is set, anonymous otherwise) and the serviceUrl allow-list
    /// (loopback allowed only in Development).
    /// </summary>
    public static IServiceCollection AddBotConnector(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var botSection = configuration.GetSection(ConnectorOptions.SectionName);
        services.AddOptions<ConnectorOptions>().Bind(botSection).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConnectorOptions>, ConnectorOptionsValidator>());
        services.AddOptions<ConnectorRetryOptions>()
            .Bind(configuration.GetSection(ConnectorRetryOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<MsalApplicationCache>();
        services.TryAddSingleton(new ServiceUrlPolicy(allowLoopback: environment.IsDevelopment()));
        services.TryAddSingleton(sp => new ConnectorRetryPipeline(
            sp.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<ConnectorRetryPipeline>()));

        // Decided from configuration at registration time: dev mode must not even construct MSAL.
        var hasAppId = !string.IsNullOrWhiteSpace(botSection[nameof(ConnectorOptions.MicrosoftAppId)]);
        if (hasAppId)
        {
            services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        }
        else
        {
            services.TryAddSingleton<IBotTokenProvider, AnonymousBotTokenProvider>();
        }

        // Polly owns timeouts per attempt; HttpClient's own 100 s limit would cut across retries.
        services.AddHttpClient<IConnectorClient, ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
