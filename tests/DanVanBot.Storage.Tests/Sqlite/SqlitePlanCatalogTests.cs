using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Tests.Infrastructure;
using DanVanBot.Storage.Tests.Scenarios;

namespace DanVanBot.Storage.Tests.Sqlite;

/// <summary><see cref="IPlanCatalog"/>: the plan list the Ask feature searches.</summary>
public sealed class SqlitePlanCatalogTests(SqliteFileHost host) : IClassFixture<SqliteFileHost>
{
    [Fact]
    public async Task ListPlansAsync_ImportedPlan_ListedOnceWithOrganisationNumberAndPeriod()
    {
        await using var database = await PlanScenarios.MigratedAsync(host);
        var store = database.Get<IPlanStore>();
        var imported = await store.UpsertPlanAsync(SamplePlans.District7());
        await store.UpsertPlanAsync(SamplePlans.District7()); // a re-import must not list it twice

        var plans = await database.Get<IPlanCatalog>().ListPlansAsync();

        var plan = Assert.Single(plans);
        Assert.Equal((imported.PlanId, imported.OrganisationId, SamplePlans.Quan7, "102/KH-UBND-NV"),
            (plan.PlanId, plan.OrganisationId, plan.OrganisationName, plan.Number));
        Assert.Equal((2022, 2022, new DateOnly(2022, 3, 30)), (plan.PeriodFromYear, plan.PeriodToYear, plan.IssuedOn));
        Assert.Equal("Thực hiện công tác Dân vận Chính quyền năm 2022", plan.Title);
    }
}
