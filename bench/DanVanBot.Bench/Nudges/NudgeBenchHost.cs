using DanVanBot.App.Hosting;
using DanVanBot.Protocol.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench.Nudges;

/// <summary>
/// One instance of the bot for the reminder benchmark: the real services on the benchmark database with the sample plans
/// imported, not listening and without its hosted scheduler and sender (the benchmark calls the planner and the
/// dispatcher's drain itself, and times them). Development, so the loopback Connector's serviceUrl is allowed;
/// <see cref="FixedBotTokenProvider"/> instead of MSAL for the outbound token (no Entra here).
/// </summary>
internal static class NudgeBenchHost
{
    public const string Tenant = "00000000-0000-0000-0000-00000000be11";

    public static async Task<WebApplication> StartAsync(BenchDatabase database, string instance, IReadOnlyDictionary<string, string?> settings)
    {
        var app = BotHost.Build(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
                ["Bot:MicrosoftAppPassword"] = "unused: FixedBotTokenProvider replaces MSAL",
                ["Storage:Provider"] = database.Provider,
                ["ConnectionStrings:DanVan"] = database.ConnectionString,
                ["Plans:SampleFolder"] = SamplePlans.Folder,
                ["Nudges:Enabled"] = "false",
                ["Nudges:InstanceId"] = instance,
            });
            builder.Configuration.AddInMemoryCollection(settings);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }, services => services.AddSingleton<IBotTokenProvider, FixedBotTokenProvider>());
        await app.PrepareAsync();
        return app;
    }
}
