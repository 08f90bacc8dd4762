using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>Plan import and due-date queries, shared by both providers.</summary>
public static class PlanScenarios
{
    public static async Task ImportNewPlanMakesItsDeadlinesFindable(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();

        var result = await plans.UpsertPlanAsync(SamplePlans.District7());

        Assert.Equal(PlanImportOutcome.Created, result.Outcome);
        var april = await plans.FindDueAsync(result.OrganisationId, DateWindow.Month(2022, 4));
        var due = Assert.Single(april);
        Assert.Equal((new DateOnly(2022, 4, 30), "102/KH-UBND-NV", "Trước ngày 01/5/2022"), (due.DueOn, due.PlanNumber, due.Phrase));
        Assert.Equal([SamplePlans.Units, SamplePlans.Wards], due.UnitNames);
        var october = await plans.FindDueAsync(result.OrganisationId, DateWindow.Month(2022, 10));
        Assert.Equal([new DateOnly(2022, 10, 29), new DateOnly(2022, 10, 31)], october.Select(d => d.DueOn));
        Assert.Equal((new DateOnly(2022, 10, 1), new DateOnly(2022, 10, 31)), (october[1].WindowFrom, october[1].WindowTo));

        var units = await database.Get<IOrganisationStore>().ListUnitsAsync(result.OrganisationId);
        Assert.True(units.Single(u => u.Name == SamplePlans.HomeAffairs).IsCoordinator);
        Assert.Equal(10, units.Single(u => u.Name == SamplePlans.Wards).GroupSize);
    }

    public static async Task FindDueWindowIncludesBothEndsOnly(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;

        Assert.Single(await plans.FindDueAsync(organisation, DateWindow.Day(new DateOnly(2022, 4, 30))));
        Assert.Empty(await plans.FindDueAsync(organisation, new DateWindow(new DateOnly(2022, 5, 1), new DateOnly(2022, 10, 28))));
        Assert.Empty(await plans.FindDueAsync(Guid.NewGuid(), new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31))));
    }

    public static async Task ReimportSamePlanUpdatesInPlace(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var first = await plans.UpsertPlanAsync(SamplePlans.District7());
        var firstIds = (await plans.FindDueAsync(first.OrganisationId, DateWindow.Month(2022, 10))).Select(d => d.OccurrenceId).ToList();
        var countsBefore = await CountRowsAsync(database);

        var same = await plans.UpsertPlanAsync(SamplePlans.District7());
        var edited = await plans.UpsertPlanAsync(
            SamplePlans.District7(halfYearDeadline: new DateOnly(2022, 5, 14), textSuffix: " (sửa đổi)"));

        Assert.Equal((PlanImportOutcome.Unchanged, PlanImportOutcome.Updated), (same.Outcome, edited.Outcome));
        Assert.Equal([first.PlanId, first.PlanId], new[] { same.PlanId, edited.PlanId });
        Assert.Equal(countsBefore, await CountRowsAsync(database));
        Assert.Equal(firstIds, (await plans.FindDueAsync(first.OrganisationId, DateWindow.Month(2022, 10))).Select(d => d.OccurrenceId));
        Assert.Empty(await plans.FindDueAsync(first.OrganisationId, DateWindow.Month(2022, 4)));
        Assert.Equal(new DateOnly(2022, 5, 14), Assert.Single(await plans.FindDueAsync(first.OrganisationId, DateWindow.Month(2022, 5))).DueOn);
    }

    public static async Task ReimportWithoutADutyRetiresIt(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;

        await plans.UpsertPlanAsync(SamplePlans.District7(withInspection: false));
        Assert.Equal([new DateOnly(2022, 10, 29)], (await plans.FindDueAsync(organisation, DateWindow.Month(2022, 10))).Select(d => d.DueOn));

        await plans.UpsertPlanAsync(SamplePlans.District7());
        Assert.Equal(2, (await plans.FindDueAsync(organisation, DateWindow.Month(2022, 10))).Count);
    }

    public static async Task AssignedDateSurvivesReimport(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;
        var undated = await plans.FindUndatedAsync(organisation);
        Assert.Equal(["Quý 1/2022", "Quý 2/2022", "6 tháng 2022", "Quý 3/2022", "Quý 4/2022", "Năm 2022"], undated.Select(u => u.Label));

        var quarter1 = undated[0];
        Assert.True(await plans.AssignDueDateAsync(quarter1.OccurrenceId, new DateOnly(2022, 3, 18)));
        await plans.UpsertPlanAsync(SamplePlans.District7(textSuffix: " (bản mới)"));

        var march = Assert.Single(await plans.FindDueAsync(organisation, DateWindow.Month(2022, 3)));
        Assert.Equal((quarter1.OccurrenceId, true), (march.OccurrenceId, march.DateAssignedByCoordinator));
        Assert.Equal(5, (await plans.FindUndatedAsync(organisation)).Count);
        Assert.False(await plans.AssignDueDateAsync(Guid.NewGuid(), new DateOnly(2022, 3, 18)));
    }

    public static async Task FindDueForUnitIncludesItsGroupsDuties(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisations = database.Get<IOrganisationStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;
        var units = await organisations.ListUnitsAsync(organisation);
        var ward = await organisations.AddGroupMemberAsync(units.Single(u => u.Name == SamplePlans.Wards).Id, "UBND Phường Tân Phong");
        var homeAffairs = units.Single(u => u.Name == SamplePlans.HomeAffairs).Id;
        var year = new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));

        var forWard = await plans.FindDueAsync(organisation, year, ward.Id);
        var forHomeAffairs = await plans.FindDueAsync(organisation, year, homeAffairs);

        Assert.Equal([new DateOnly(2022, 4, 30), new DateOnly(2022, 10, 29)], forWard.Select(d => d.DueOn));
        Assert.Equal([new DateOnly(2022, 10, 31)], forHomeAffairs.Select(d => d.DueOn));
    }

    public static async Task MultiYearPlanHasOneOccurrencePerYear(IStorageHost host)
    {
        var database = await MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var result = await plans.UpsertPlanAsync(SamplePlans.CauNgang());
        var all = await plans.FindDueAsync(result.OrganisationId, new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2026, 12, 31)));

        Assert.Equal(10, result.OccurrenceCount);
        Assert.Equal(10, all.Count);
        Assert.Equal([new DateOnly(2024, 6, 9), new DateOnly(2024, 11, 24)],
            (await plans.FindDueAsync(result.OrganisationId, new DateWindow(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))))
            .Select(d => d.DueOn));
        var organisations = database.Get<IOrganisationStore>();
        Assert.Equal(["UBND huyện Cầu Ngang"], (await organisations.ListOrganisationsAsync()).Select(o => o.Name));
        Assert.Equal(result.OrganisationId, (await organisations.FindOrganisationByNameAsync(" ubnd  HUYỆN cầu ngang"))?.Id);
    }

    internal static async Task<TestDatabase> MigratedAsync(IStorageHost host)
    {
        var database = await host.CreateDatabaseAsync();
        await database.MigrateAsync();
        return database;
    }

    private static async Task<(int, int, int, int, int, int)> CountRowsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return (await db.Organisations.CountAsync(), await db.Units.CountAsync(), await db.Plans.CountAsync(),
            await db.Obligations.CountAsync(), await db.ObligationUnits.CountAsync(), await db.Occurrences.CountAsync());
    }
}
