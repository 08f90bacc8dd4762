using System.Net;
using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>Wires the kit to the real <see cref="BotFrameworkAuthenticator"/> (no DI container needed).</summary>
public static class AuthTestKitBotExtensions
{
    /// <summary>Options pointing at the kit's server; the kit's app id; refresh throttle at its 5-minute default.</summary>
    public static BotAuthenticationOptions CreateOptions(this AuthTestKit kit) => new()
    {
        MicrosoftAppId = kit.AppId,
        ChannelOpenIdMetadataUrl = kit.MetadataUrl,
        EntraOpenIdMetadataUrlTemplate = kit.EntraMetadataUrlTemplate,
    };

    public static AuthTestAuthenticator CreateAuthenticator(
        this AuthTestKit kit, Action<BotAuthenticationOptions>? configure = null, string environmentName = "Production")
    {
        var options = kit.CreateOptions();
        configure?.Invoke(options);
        var logs = new AuthRecordingLoggerProvider();
        var loggerFactory = LoggerFactory.Create(builder => builder.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        var wrapped = Options.Create(options);
        var httpClient = new HttpClient();
        var registry = new OpenIdMetadataCacheRegistry(() => httpClient, wrapped, kit.Clock, loggerFactory);
        var serviceUrls = new ServiceUrlPolicy(allowLoopback: environmentName == Environments.Development);
        var authenticator = new BotFrameworkAuthenticator(
            wrapped, new AuthTestHostEnvironment(environmentName), registry, serviceUrls, kit.Clock, loggerFactory.CreateLogger<BotFrameworkAuthenticator>());
        return new AuthTestAuthenticator(authenticator, registry, logs, options);
    }

    public static Activity CreateActivity(string? serviceUrl = AuthTestKit.DefaultServiceUrl, string? channelId = AuthTestKit.TeamsChannelId) => new()
    {
        Type = "message",
        Id = "1",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Text = "tháng này có gì đến hạn?",
    };
}

/// <summary>The authenticator under test with what tests inspect around it.</summary>
public sealed record AuthTestAuthenticator(
    BotFrameworkAuthenticator Authenticator,
    OpenIdMetadataCacheRegistry Registry,
    AuthRecordingLoggerProvider Logs,
    BotAuthenticationOptions Options)
{
    public ValueTask<AuthenticationOutcome> AuthenticateAsync(string? header, Activity? activity = null, IPAddress? remote = null) =>
        Authenticator.AuthenticateAsync(header, activity ?? AuthTestKitBotExtensions.CreateActivity(), remote ?? IPAddress.Parse("203.0.113.7"), CancellationToken.None);

    public ValueTask<AuthenticationOutcome> AuthenticateBearerAsync(string token, Activity? activity = null) =>
        AuthenticateAsync("Bearer " + token, activity);
}

public sealed class AuthTestHostEnvironment(string environmentName) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = environmentName;
    public string ApplicationName { get; set; } = "DanVanBot.Protocol.Tests";
    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
