using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Tests.Infrastructure;

namespace DanVanBot.Storage.Tests.Scenarios;

/// <summary>The query API for the coordinating office, exports and reminders: occurrences × units with standings.</summary>
public static class ComplianceScenarios
{
    private static readonly DateOnly HalfYearDue = new(2026, 6, 9);

    public static async Task StandingsFromFirstSubmissionAgainstTheLastDay(IStorageHost host)
    {
        var (database, organisation, units) = await CauNgangWithThreeUnitsAsync(host);
        var reports = database.Get<IReportStore>();
        var compliance = database.Get<IReportCompliance>();
        var occurrence = (await compliance.ForPeriodAsync(organisation, DateWindow.Month(2026, 6), HalfYearDue)).Single().Occurrence;

        await reports.SubmitAsync(ReportScenarios.Submission(occurrence.OccurrenceId, units["Xã Hiệp Mỹ Đông"], "Đã tổ chức 2 buổi đối thoại"));
        database.Clock.Advance(new DateTimeOffset(2026, 6, 12, 9, 0, 0, TimeSpan.FromHours(7)) - TestDatabase.Start);
        await reports.SubmitAsync(ReportScenarios.Submission(occurrence.OccurrenceId, units["Xã Long Khánh"], "Nộp trễ"));
        // An amendment after the day does not make the on-time report late.
        await reports.SubmitAsync(ReportScenarios.Submission(occurrence.OccurrenceId, units["Xã Hiệp Mỹ Đông"], "Bổ sung số liệu", "Trần Văn Bình"));

        var june = Assert.Single(await compliance.ForPeriodAsync(organisation, DateWindow.Month(2026, 6), new DateOnly(2026, 6, 12), includeContent: true));
        Assert.Equal((HalfYearDue, "Báo cáo 06 tháng", "UBND huyện Cầu Ngang"), (june.Occurrence.DueOn, june.Occurrence.Description, june.Occurrence.OrganisationName));
        Assert.Equal(["Xã Hiệp Mỹ Đông", "Xã Long Khánh", "Xã Mỹ Long Bắc"], june.Units.Select(u => u.UnitName));
        Assert.Equal([new ReportStanding(ReportTimeliness.OnTime, 0), new(ReportTimeliness.Late, 3), new(ReportTimeliness.Overdue, 3)],
            june.Units.Select(u => u.Standing));
        var onTime = june.Units[0];
        Assert.Equal((2, "Bổ sung số liệu", "Trần Văn Bình"), (onTime.CurrentVersion, onTime.CurrentContent?.Results, onTime.CurrentAuthor?.Name));
        Assert.Equal(TestDatabase.Start.ToUniversalTime(), onTime.FirstSubmittedAt);
        Assert.Equal((0, null, null), (june.Units[2].CurrentVersion, june.Units[2].ReportId, june.Units[2].CurrentContent));

        var early = Assert.Single(await compliance.ForPeriodAsync(organisation, DateWindow.Month(2026, 6), new DateOnly(2026, 6, 1)));
        Assert.Equal(new ReportStanding(ReportTimeliness.NotYetDue, 0), early.Units[2].Standing);
        Assert.Null(early.Units[0].CurrentContent);
        Assert.Equal(1, early.Count(ReportTimeliness.OnTime));
        Assert.True(await compliance.HasReportedAsync(units["Xã Long Khánh"], occurrence.OccurrenceId));
        Assert.False(await compliance.HasReportedAsync(units["Xã Mỹ Long Bắc"], occurrence.OccurrenceId));
        var sentAt = await reports.GetSubmittedAtByUnitAsync(units["Xã Hiệp Mỹ Đông"], [occurrence.OccurrenceId, Guid.NewGuid()]);
        Assert.Equal(TestDatabase.Start.ToUniversalTime(), Assert.Single(sentAt).Value);
    }

    public static async Task ReportAfterConsolidationIsStoredAndFlagged(IStorageHost host)
    {
        var (database, organisation, units) = await CauNgangWithThreeUnitsAsync(host);
        var reports = database.Get<IReportStore>();
        var compliance = database.Get<IReportCompliance>();
        var occurrence = (await compliance.ForPeriodAsync(organisation, DateWindow.Month(2026, 6), HalfYearDue)).Single().Occurrence;
        var before = await reports.SubmitAsync(ReportScenarios.Submission(occurrence.OccurrenceId, units["Xã Long Khánh"], "Trước khi tổng hợp"));

        database.Clock.Advance(TimeSpan.FromDays(1));
        await reports.MarkConsolidatedAsync(occurrence.OccurrenceId, "Phạm Thị Dung");
        database.Clock.Advance(TimeSpan.FromDays(1));
        await reports.MarkConsolidatedAsync(occurrence.OccurrenceId, "Người khác");
        var after = await reports.SubmitAsync(ReportScenarios.Submission(occurrence.OccurrenceId, units["Xã Mỹ Long Bắc"], "Sau khi tổng hợp"));

        Assert.False(before.Receipt!.AfterConsolidation);
        Assert.True(after.Receipt!.AfterConsolidation);
        var state = (await compliance.ForOccurrenceAsync(occurrence.OccurrenceId, HalfYearDue))!;
        Assert.Equal(TestDatabase.Start.AddDays(1).ToUniversalTime(), state.Occurrence.ConsolidatedAt);
        Assert.Null(await compliance.ForOccurrenceAsync(Guid.NewGuid(), HalfYearDue));
    }

    public static async Task ForUnitsAnswersAsTheWholeOccurrenceDoesForThoseUnits(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var organisation = (await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.CauNgang())).OrganisationId;
        var organisations = database.Get<IOrganisationStore>();
        var compliance = database.Get<IReportCompliance>();
        var group = (await organisations.ListUnitsAsync(organisation)).Single(u => u.IsGroup).Id;
        var occurrence = (await compliance.ForPeriodAsync(organisation, DateWindow.Month(2026, 6), HalfYearDue)).Single().Occurrence.OccurrenceId;

        // A group without members stands for itself; once it has members, they owe and it does not.
        Assert.Equal([group], (await compliance.ForUnitsAsync(occurrence, [group], HalfYearDue))!.Units.Select(u => u.UnitId));
        var longKhanh = (await organisations.AddGroupMemberAsync(group, "Xã Long Khánh")).Id;
        var hiepMyDong = (await organisations.AddGroupMemberAsync(group, "Xã Hiệp Mỹ Đông")).Id;
        await database.Get<IReportStore>().SubmitAsync(ReportScenarios.Submission(occurrence, longKhanh, "Đã tổ chức đối thoại"));

        var whole = (await compliance.ForOccurrenceAsync(occurrence, HalfYearDue))!;
        var stranger = Guid.NewGuid();
        foreach (IReadOnlyCollection<Guid> asked in new[] { [longKhanh], [hiepMyDong, longKhanh], [group], [stranger], new[] { group, hiepMyDong } })
        {
            var some = (await compliance.ForUnitsAsync(occurrence, asked, HalfYearDue))!;
            Assert.Equal(whole.Occurrence, some.Occurrence);
            Assert.Equal(whole.Units.Where(u => asked.Contains(u.UnitId)), some.Units);
        }
        Assert.Equal(1, (await compliance.ForUnitsAsync(occurrence, [longKhanh], HalfYearDue))!.Units.Single().CurrentVersion);
        Assert.Null(await compliance.ForUnitsAsync(Guid.NewGuid(), [longKhanh], HalfYearDue));
    }

    public static async Task NearestDeadlinesAroundAnEmptyPeriod(IStorageHost host)
    {
        var (database, organisation, _) = await CauNgangWithThreeUnitsAsync(host);
        var compliance = database.Get<IReportCompliance>();
        var summer = new DateWindow(new DateOnly(2026, 7, 1), new DateOnly(2026, 10, 31));

        Assert.Empty(await compliance.ForPeriodAsync(organisation, summer, new DateOnly(2026, 7, 15)));
        var nearest = await compliance.NearestAsync(organisation, summer);

        Assert.Equal((HalfYearDue, "Báo cáo 06 tháng"), (nearest.Previous?.DueOn, nearest.Previous?.Description));
        Assert.Equal((new DateOnly(2026, 11, 24), "Báo cáo năm"), (nearest.Next?.DueOn, nearest.Next?.Description));
        var after = await compliance.NearestAsync(organisation, new DateWindow(new DateOnly(2026, 12, 1), new DateOnly(2027, 12, 31)));
        Assert.Null(after.Next);
    }

    private static async Task<(TestDatabase Database, Guid Organisation, Dictionary<string, Guid> Units)> CauNgangWithThreeUnitsAsync(IStorageHost host)
    {
        var database = await PlanScenarios.MigratedAsync(host);
        var organisation = (await database.Get<IPlanStore>().UpsertPlanAsync(SamplePlans.CauNgang())).OrganisationId;
        var organisations = database.Get<IOrganisationStore>();
        var group = (await organisations.ListUnitsAsync(organisation)).Single(u => u.IsGroup).Id;
        var units = new Dictionary<string, Guid>();
        foreach (var name in new[] { "Xã Mỹ Long Bắc", "Xã Hiệp Mỹ Đông", "Xã Long Khánh" })
            units[name] = (await organisations.AddGroupMemberAsync(group, name)).Id;
        return (database, organisation, units);
    }
}
