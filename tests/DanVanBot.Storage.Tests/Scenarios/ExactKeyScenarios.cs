using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>
/// Keys compare exactly on every provider, whatever a server's default collation: a tone mark or a letter's case
/// makes another key. SQL Server's usual default (case- and accent-insensitive or -sensitive) would break these,
/// which is why its key columns carry a binary collation.
/// </summary>
public static class ExactKeyScenarios
{
    public static async Task UnitsDifferingOnlyByToneMarkAreTwoUnits(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var imported = await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.District7());
        var organisations = database.Get<IOrganisationStore>();
        var wards = (await organisations.ListUnitsAsync(imported.OrganisationId)).Single(u => u.Name == SamplePlans.Wards);

        var hoa = await organisations.AddGroupMemberAsync(wards.Id, "UBND Xã Tân Hòa");
        var hoaWithAcute = await organisations.AddGroupMemberAsync(wards.Id, "UBND Xã Tân Hóa");

        Assert.NotEqual(hoa.Id, hoaWithAcute.Id);
        Assert.Equal(["UBND Xã Tân Hòa", "UBND Xã Tân Hóa"],
            (await organisations.ListGroupMembersAsync(wards.Id)).Select(u => u.Name).Order(StringComparer.Ordinal));
    }

    public static async Task ConversationIdsDifferingOnlyByCaseAreTwoConversations(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var store = database.Get<IConversationReferenceStore>();

        await store.UpsertAsync(ConversationScenarios.Personal("a:1AbC", "aad-upper"));
        await store.UpsertAsync(ConversationScenarios.Personal("a:1abc", "aad-lower"));

        Assert.Equal("aad-upper", (await store.FindAsync("a:1AbC"))?.UserAadObjectId);
        Assert.Equal("aad-lower", (await store.FindAsync("a:1abc"))?.UserAadObjectId);
    }
}
