using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.Storage.Nudges;

internal static class NudgeStoreRegistration
{
    public static IServiceCollection AddNudgeStores(this IServiceCollection services)
    {
        services.TryAddSingleton<INudgeOutbox, EfNudgeOutbox>();
        services.TryAddSingleton<INudgeReachability, EfNudgeReachability>();
        services.TryAddSingleton<IJobRuns, EfJobRuns>();
        services.TryAddSingleton<IUnitMemberDirectory, RosterUnitMemberDirectory>();
        services.TryAddSingleton<INudgeAddressBook, EfNudgeAddressBook>();
        return services;
    }
}
