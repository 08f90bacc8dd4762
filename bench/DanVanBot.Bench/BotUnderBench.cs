using DanVanBot.App.Hosting;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench;

/// <summary>
/// The real bot (BotHost.Build) as the benchmarks run it: Development (loopback serviceUrl allowed), an app id so
/// every request is authenticated against the local OpenID metadata server of <see cref="AuthTestKit"/>, logs at
/// Warning, and <see cref="FixedBotTokenProvider"/> instead of MSAL for the outbound Connector token.
/// </summary>
public static class BotUnderBench
{
    public static WebApplication Build(
        AuthTestKit kit, int port, IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
    {
        ArgumentNullException.ThrowIfNull(kit);
        return BotHost.Build(["--environment", "Development", "--urls", $"http://127.0.0.1:{port}"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = kit.AppId,
                ["Bot:MicrosoftAppPassword"] = "unused: FixedBotTokenProvider replaces MSAL",
                ["Bot:ChannelOpenIdMetadataUrl"] = kit.MetadataUrl,
                ["Bot:EntraOpenIdMetadataUrlTemplate"] = kit.EntraMetadataUrlTemplate,
                ["Bot:DangerouslyAllowUnauthenticatedLoopbackRequests"] = "false",
                // The tenant of every bench activity (Province/HttpTurn.cs, Protocol/TurnLoad.cs, protocol/turn.lua).
                ["Bot:AllowedTenants:0"] = Province.HttpTurn.TenantId,
            });
            builder.Configuration.AddInMemoryCollection(settings);
            // Per-request Information logs would measure the console, not the bot; production runs at Warning too.
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton<IBotTokenProvider, FixedBotTokenProvider>();
            services?.Invoke(builder.Services);
        });
    }
}
