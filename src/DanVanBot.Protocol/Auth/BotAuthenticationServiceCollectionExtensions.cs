using DanVanBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Auth;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>What ASPNETCORE_FORWARDEDHEADERS_ENABLED becomes in configuration (the ASPNETCORE_ prefix is dropped).</summary>
    private const string ForwardedHeadersEnabledKey = "FORWARDEDHEADERS_ENABLED";

    /// <summary>
    /// Registers <see cref="IInboundAuthenticator"/> (<see cref="BotFrameworkAuthenticator"/>), the shared metadata
    /// caches and <see cref="BotAuthenticationOptions"/> bound from the "Bot" section, validated on start: outside
    /// Development a missing App ID stops the host.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<BotAuthenticationOptions>()
            .Bind(configuration.GetSection(BotAuthenticationOptions.SectionName))
            .PostConfigure(options => options.ForwardedHeadersEnabled = configuration.GetValue<bool>(ForwardedHeadersEnabledKey))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());
        services.TryAddSingleton(environment);

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdMetadataCacheRegistry.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.TryAddSingleton(sp =>
        {
            var factory = sp.GetRequiredService<IHttpClientFactory>();
            return new OpenIdMetadataCacheRegistry(
                () => factory.CreateClient(OpenIdMetadataCacheRegistry.HttpClientName),
                sp.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILoggerFactory>());
        });
        // The same allow-list the Connector enforces (AddBotConnector registers it too; the first one wins).
        services.TryAddSingleton(new ServiceUrlPolicy(allowLoopback: environment.IsDevelopment()));
        services.TryAddSingleton<IInboundAuthenticator>(sp => new BotFrameworkAuthenticator(
            sp.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            environment,
            sp.GetRequiredService<OpenIdMetadataCacheRegistry>(),
            sp.GetRequiredService<ServiceUrlPolicy>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<BotFrameworkAuthenticator>>()));
        return services;
    }
}
