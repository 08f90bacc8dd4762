using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>Puts people into a running bot's roster by organisation and unit names, as an administrator would.</summary>
public static class RosterSeeding
{
    public static async Task<UnitInfo> UnitAsync(IServiceProvider services, string organisation, string unit)
    {
        var organisations = services.GetRequiredService<IOrganisationStore>();
        var found = await organisations.FindOrganisationByNameAsync(organisation) ?? throw new InvalidOperationException($"no organisation {organisation}");
        return (await organisations.ListUnitsAsync(found.Id)).Single(u => u.Name == unit);
    }

    public static async Task<UnitInfo> GrantAsync(
        IServiceProvider services, string aadObjectId, string organisation, string unit, RosterRole role, string? name = null)
    {
        var target = await UnitAsync(services, organisation, unit);
        await services.GetRequiredService<IRosterStore>().GrantAsync(
            new PersonIdentity(aadObjectId, null, name), target.Id, role, new AuditEntry("test", null, "roster.grant", "seed"));
        return target;
    }
}
