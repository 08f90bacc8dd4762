using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Profiles;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>"Đã nộp / chưa nộp" and remembered user choices, shared by both providers.</summary>
public static class ReportAndProfileScenarios
{
    public static async Task StatusListsGroupMembersAndMarksSubmitted(IStorageHost host)
    {
        var (database, organisation, occurrence) = await HalfYearReportAsync(host);
        var organisations = database.Get<IOrganisationStore>();
        var reports = database.Get<IReportStore>();
        var wards = (await organisations.ListUnitsAsync(organisation)).Single(u => u.Name == SamplePlans.Wards);
        var tanPhong = await organisations.AddGroupMemberAsync(wards.Id, "UBND Phường Tân Phong");
        await organisations.AddGroupMemberAsync(wards.Id, "UBND Phường Bình Thuận");
        Assert.Equal(tanPhong, await organisations.AddGroupMemberAsync(wards.Id, "ubnd phường tân phong"));

        database.Clock.Advance(TimeSpan.FromDays(1));
        var submitted = await reports.SubmitAsync(ReportScenarios.Submission(occurrence, tanPhong.Id, "Đã triển khai 5 nội dung", "Lê Văn Tâm"));
        var status = await reports.GetStatusAsync(occurrence);

        Assert.Equal(SubmissionOutcome.Stored, submitted.Outcome);
        Assert.Equal([SamplePlans.Units, "UBND Phường Bình Thuận", "UBND Phường Tân Phong"], status.Select(s => s.UnitName));
        Assert.Equal([false, false, true], status.Select(s => s.Submitted));
        Assert.Equal((wards.Id, TestDatabase.Start.AddDays(1), "Lê Văn Tâm"),
            (status[2].GroupUnitId, status[2].SubmittedAt, status[2].SubmittedByName));
    }

    public static async Task ProfileIsRememberedAndReplaced(IStorageHost host)
    {
        var (database, organisation, _) = await HalfYearReportAsync(host);
        var profiles = database.Get<IUserProfileStore>();
        var units = await database.Get<IOrganisationStore>().ListUnitsAsync(organisation);

        Assert.Null(await profiles.GetAsync("aad-1"));
        await profiles.SetAsync(new UserProfile("aad-1", "29:one", "Trần Thị Mai", organisation, units[0].Id));
        database.Clock.Advance(TimeSpan.FromMinutes(5));
        var saved = await profiles.SetAsync(new UserProfile("aad-1", null, null, organisation, units[1].Id));

        Assert.Equal(new UserProfile("aad-1", "29:one", "Trần Thị Mai", organisation, units[1].Id, TestDatabase.Start.AddMinutes(5)),
            saved);
        Assert.Equal(saved, await profiles.GetAsync("aad-1"));
        Assert.Equal(saved, await profiles.FindByTeamsUserIdAsync("29:one"));
    }

    internal static async Task<(TestDatabase Database, Guid Organisation, Guid Occurrence)> HalfYearReportAsync(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;
        var due = Assert.Single(await plans.FindDueAsync(organisation, DateWindow.Month(2022, 4)));
        return (database, organisation, due.OccurrenceId);
    }
}
