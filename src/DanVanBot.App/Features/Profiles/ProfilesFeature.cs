using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Profiles;

/// <summary>Who the user is (organisation and unit), asked once with the unit picker and remembered.</summary>
internal static class ProfilesFeature
{
    public const string SetUnitVerb = "profile.setUnit";
    public const string SearchUnitVerb = "profile.searchUnit";

    public static IServiceCollection AddProfiles(this IServiceCollection services)
    {
        services.AddSingleton<UnitPicker>();
        services.AddScoped<AskerResolver>();
        services.AddScoped<SetUnitHandler>();
        services.AddScoped<SearchUnitHandler>();
        services.AddScoped<ChangeUnitHandler>();
        return services;
    }

    public static RouteTable MapProfileRoutes(this RouteTable routes) => routes
        .OnCardAction(SetUnitVerb, Handlers.Use<SetUnitHandler>())
        .OnCardAction(SearchUnitVerb, Handlers.Use<SearchUnitHandler>())
        .On("profile:change", ChangeUnitHandler.Matches, Handlers.Use<ChangeUnitHandler>());
}
