using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Protocol.Hosting;

public static class HostingServiceCollectionExtensions
{
    /// <summary>The turn pipeline. The app supplies the <see cref="RouteTable"/> and any <see cref="ITurnObserver"/>.</summary>
    public static IServiceCollection AddBotHosting(this IServiceCollection services, Func<IServiceProvider, RouteTable> routes)
    {
        services.AddOptions<BotHostingOptions>().BindConfiguration(BotHostingOptions.Section).ValidateOnStart();
        services.AddSingleton(routes);
        services.AddSingleton<TurnQueue>();
        services.AddSingleton<RecentActivities>();
        services.AddSingleton<TurnRunner>();
        services.AddSingleton<TurnWorkerStatus>();
        services.AddHostedService<TurnWorker>();
        services.AddHealthChecks().AddCheck<TurnWorkerHealthCheck>("turn-workers");
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
