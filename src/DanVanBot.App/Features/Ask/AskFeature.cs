using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>Questions about deadlines and tasks: services and routes of the Ask feature.</summary>
internal static class AskFeature
{
    public static IServiceCollection AddAskFeature(this IServiceCollection services)
    {
        services.AddScoped<TurnQuestion>();
        services.AddScoped<FallbackHandler>();
        return services;
    }

    /// <summary>Card actions and intents this feature answers (called by <see cref="BotRoutes"/> in order).</summary>
    public static RouteTable MapAskRoutes(this RouteTable routes) => routes;
}
