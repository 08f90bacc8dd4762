using DanVanBot.App.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Bench;

/// <summary>
/// The bot's own services (not listening) on a benchmark database, migrated, without the sample plans: for benchmarks
/// that call the app's services as a turn or a download would.
/// </summary>
public static class BenchHost
{
    public static async Task<WebApplication> StartAsync(BenchDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var app = BotHost.Build(["--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-00000000b0b0",
                ["Bot:MicrosoftAppPassword"] = "unused: nothing is sent",
                ["Storage:Provider"] = database.Provider,
                ["ConnectionStrings:DanVan"] = database.ConnectionString,
                ["Plans:SampleFolder"] = "",
            });
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.PrepareAsync();
        return app;
    }
}
