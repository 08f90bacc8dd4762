using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Plans;

/// <summary>Plans: sample import at startup, import from chat (preview → publish), dating undated obligations.</summary>
internal static class PlanFeature
{
    public static IServiceCollection AddPlanFeature(this IServiceCollection services)
    {
        services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section);
        services.AddScoped<SamplePlanImporter>();
        return services;
    }

    /// <summary>Card actions and messages this feature answers (called by <see cref="BotRoutes"/> in order).</summary>
    public static RouteTable MapPlanRoutes(this RouteTable routes) => routes;
}
