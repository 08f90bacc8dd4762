using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// A whole year (2022: Quận 7's plan and the first year of Cầu Ngang's) of the five sample plans on a fake clock, through
/// the real scheduler, outbox and sender to a Connector on loopback; two officials and a head in every unit.
/// </summary>
public sealed class NudgeYearTests
{
    private static readonly VietnamWorkingCalendar Calendar = new();
    private static readonly DateOnly HalfYearDue = new(2022, 4, 30); // Quận 7, "Trước ngày 01/5/2022": Saturday and Victory Day

    [Fact]
    public async Task Year2022_SamplePlans_OnTimeOnWorkingDaysOnlyStopAfterReportAndEscalate()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var heads = new HashSet<Guid>();
        foreach (var unit in await harness.AllUnitsAsync())
        {
            await harness.Roster.AddAsync(unit.Id, $"Chuyên viên A — {unit.Name}");
            await harness.Roster.AddAsync(unit.Id, $"Chuyên viên B — {unit.Name}");
            heads.Add(await harness.Roster.AddAsync(unit.Id, $"Lãnh đạo — {unit.Name}", isHead: true));
        }

        var reports = harness.Bot.Services.GetRequiredService<IReportStore>();
        (Guid Occurrence, Guid Unit, Guid Organisation)? reporter = null;
        for (var day = new DateOnly(2022, 1, 1); day <= new DateOnly(2022, 12, 31); day = day.AddDays(1))
        {
            if (!Calendar.IsWorkingDay(day)) continue;
            await harness.RunWorkingDayAsync(day);
            if (day != new DateOnly(2022, 4, 27)) continue;
            // One unit sends the half-year report on Wednesday 27/04, after its 7- and 3-working-day reminders.
            var organisations = (await harness.AllUnitsAsync()).Select(u => u.OrganisationId).Distinct();
            var rows = new List<NudgeRecord>();
            foreach (var organisation in organisations) rows.AddRange(await harness.Outbox.ListAsync(organisation, day.AddDays(-1), day.AddDays(-1), harness.Clock.GetUtcNow()));
            var first = rows.Where(n => n.DueOn == HalfYearDue).OrderBy(n => n.UnitId).First();
            reporter = (first.OccurrenceId, first.UnitId, first.OrganisationId);
            await reports.SubmitAsync(new ReportSubmission(Guid.NewGuid(), first.OccurrenceId, first.UnitId, new ReportContent("Đã làm"),
                new ReportAuthor("aad", "Chuyên viên A")));
        }

        var all = new List<NudgeRecord>();
        foreach (var organisation in (await harness.AllUnitsAsync()).Select(u => u.OrganisationId).Distinct())
            all.AddRange(await harness.Outbox.ListAsync(organisation, new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31), harness.Clock.GetUtcNow()));

        Assert.True(all.Count > 50, $"only {all.Count} reminders in 2022");
        Assert.All(all, n => Assert.Equal(NudgeState.Delivered, n.State));
        Assert.All(all, n =>
        {
            var (day, time) = NudgeSlots.Local(n.SentAt!.Value);
            Assert.True(Calendar.IsWorkingDay(day), $"{n.Stage} for {n.PersonName} sent on {day:dd/MM/yyyy}, a day off");
            Assert.True(time >= new TimeOnly(7, 30) && time <= new TimeOnly(17, 30), $"sent at {time}");
            Assert.Equal((n.Day, new TimeOnly(8, 0)), (day, time));
            Assert.True(NudgeStage.TryParse(n.Stage, out var stage));
            Assert.Equal(stage.IsForHead, heads.Contains(n.PersonId));
        });
        // One Connector message per reminder: nobody was reminded twice of the same stage.
        Assert.Equal(all.Count, connector.Calls.Count(c => c.Path.EndsWith("/activities", StringComparison.Ordinal)));
        Assert.Equal(all.Count, all.Select(n => (n.OccurrenceId, n.UnitId, n.PersonId, n.Stage)).Distinct().Count());

        var halfYear = all.Where(n => n.DueOn == HalfYearDue).ToList();
        Assert.NotNull(reporter);
        var (occurrence, reported, _) = reporter.Value;
        var other = halfYear.Where(n => n.OccurrenceId == occurrence && n.UnitId != reported).Select(n => n.UnitId).Distinct().First();
        // Aimed at Friday 29/04: 7, 3 and 1 working days before it (Giỗ Tổ on Monday 11/04 is skipped), and the day itself.
        Assert.Equal([D(2022, 4, 20), D(2022, 4, 26), D(2022, 4, 28), D(2022, 4, 29)], DaysOf(halfYear, other, "before-", "due"));
        // The unit that reported on 27/04 got nothing after it.
        Assert.Equal([D(2022, 4, 20), D(2022, 4, 26)], halfYear.Where(n => n.UnitId == reported).Select(n => n.Day).Distinct().Order());
        // The others: overdue on the three working days after 30/04 (2/5 and 3/5/2022 were days off), then the head is told.
        Assert.Equal([D(2022, 5, 4), D(2022, 5, 5), D(2022, 5, 6)], DaysOf(halfYear, other, "overdue-"));
        Assert.Equal([D(2022, 5, 9)], DaysOf(halfYear, other, "escalation"));
        // The last day is a holiday: the card says so with the one date wording of every answer (issue 15).
        Assert.Contains(connector.Calls, c => c.AllText.Contains("30/04/2022 là ngày nghỉ lễ: nộp chậm nhất Thứ Sáu, 29/04/2022.", StringComparison.Ordinal));
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static List<DateOnly> DaysOf(IEnumerable<NudgeRecord> nudges, Guid unit, params string[] stagePrefixes) =>
        nudges.Where(n => n.UnitId == unit && stagePrefixes.Any(p => n.Stage.StartsWith(p, StringComparison.Ordinal)))
            .Select(n => n.Day).Distinct().Order().ToList();
}
