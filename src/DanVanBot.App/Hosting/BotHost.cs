using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Hosting;
using DanVanBot.App.Features;
using DanVanBot.App.Hosting.Health;
using DanVanBot.Storage;

namespace DanVanBot.App.Hosting;

/// <summary>
/// The bot's composition root, usable from Program and from tests (which bind it to 127.0.0.1:0 and
/// point it at their own database and metadata endpoints). Reads like a table of contents.
/// </summary>
public static class BotHost
{
    /// <param name="configure">Runs first: configuration and logging.</param>
    /// <param name="overrideServices">Runs after every registration: tests and benchmarks replace the parts no real
    /// counterpart exists for here (e.g. the Entra token for outbound calls).</param>
    public static WebApplication Build(
        string[] args, Action<WebApplicationBuilder>? configure = null, Action<IServiceCollection>? overrideServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.Services
            .AddBotAuthentication(builder.Configuration, builder.Environment)
            .AddBotConnector(builder.Configuration, builder.Environment)
            .AddDanVanStorage(builder.Configuration)
            .AddDanVanFeatures(builder.Configuration)
            .AddBotHosting(BotRoutes.Build)
            .AddFixedToday(builder.Configuration, builder.Environment)
            .AddDanVanHealthChecks();
        overrideServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapBotMessages();
        app.MapDanVanHealthChecks();
        return app;
    }

    /// <summary>Migrations and first-run data, as an explicit step before the bot takes traffic.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.MigrateDanVanDatabaseAsync();
        await app.Services.RunStartupTasksAsync();
        app.Services.MarkStarted();
    }
}
