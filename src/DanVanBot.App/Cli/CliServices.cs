using DanVanBot.App.Hosting;

namespace DanVanBot.App.Cli;

/// <summary>
/// The bot's own services (same configuration, storage and features) for commands that need the
/// database. Logs go to stderr so stdout carries only the command's output (e.g. JSON).
/// </summary>
internal static class CliServices
{
    public static async Task<WebApplication> OpenAsync(bool prepare, CancellationToken cancellationToken)
    {
        var app = BotHost.Build([], builder =>
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            // appsettings.json's LogLevel rules outrank SetMinimumLevel, so the quieter level goes in as configuration.
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            });
        });
        if (prepare) await app.PrepareAsync();
        return app;
    }

    /// <summary>The bot's configuration (appsettings, environment, user secrets) without building the bot.</summary>
    public static IConfiguration ReadConfiguration() => WebApplication.CreateBuilder([]).Configuration;
}
