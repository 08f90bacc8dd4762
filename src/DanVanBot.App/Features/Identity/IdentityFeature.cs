using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Identity;

/// <summary>Who is who, per turn: tenant admission, the current user, and the access gate every route goes through.</summary>
internal static class IdentityFeature
{
    public static IServiceCollection AddIdentity(this IServiceCollection services)
    {
        services.AddOptions<RosterOptions>().BindConfiguration(RosterOptions.Section);
        services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section);
        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<UpnLinker>();
        services.AddSingleton<CurrentUserResolver>();
        services.AddSingleton<AccessGate>();
        services.AddScoped<TurnIdentity>();
        // Registered before any observer so a refused tenant's activity is never stored.
        services.AddScoped<ITurnAdmission, TenantAdmission>();
        return services;
    }
}
