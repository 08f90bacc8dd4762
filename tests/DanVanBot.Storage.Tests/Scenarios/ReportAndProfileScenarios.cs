using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
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

    internal static async Task<(TestDatabase Database, Guid Organisation, Guid Occurrence)> HalfYearReportAsync(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var plans = database.Get<IPlanStore>();
        var organisation = (await plans.UpsertPlanAsync(SamplePlans.District7())).OrganisationId;
        var due = Assert.Single(await plans.FindDueAsync(organisation, DateWindow.Month(2022, 4)));
        return (database, organisation, due.OccurrenceId);
    }
}
