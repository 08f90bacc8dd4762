using DanVanBot.App.Features.Proactive;

namespace DanVanBot.App.Features.Roster;

/// <summary>Joining a unit from chat: the join card, the unit search, the approval cards and the decision.</summary>
internal static class RosterFeature
{
    public static IServiceCollection AddRosterFeature(this IServiceCollection services)
    {
        services.AddSingleton<UnitSearch>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddSingleton<JoinApprovals>();
        services.AddScoped<JoinCards>();
        services.AddScoped<JoinRequestLookup>();
        services.AddScoped<JoinStartHandler>();
        services.AddScoped<JoinSearchHandler>();
        services.AddScoped<JoinRequestHandler>();
        services.AddScoped<JoinDecisionHandler>();
        services.AddSingleton<TeamMembers>();
        services.AddScoped<TeamAssignment>();
        services.AddScoped<TeamMembersHandler>();
        services.AddScoped<AssignMembersHandler>();
        return services;
    }
}
