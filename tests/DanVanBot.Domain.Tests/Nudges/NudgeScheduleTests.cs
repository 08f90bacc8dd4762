using System.Globalization;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;

namespace DanVanBot.Domain.Tests.Nudges;

public sealed class NudgeScheduleTests
{
    private static readonly VietnamWorkingCalendar Calendar = new();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static Dictionary<string, DateOnly> Days(NudgeTarget target, NudgePolicy? policy = null) =>
        NudgeSchedule.For(target, policy ?? NudgePolicy.Default, Calendar).ToDictionary(n => n.Stage.Key, n => n.Day);

    [Fact]
    public void For_LastDayIsSaturdayHoliday_AimsAtFridayBefore()
    {
        // Quận 7's 6-month report: "Trước ngày 01/5/2022" → 30/04/2022, a Saturday and Victory Day.
        // Hand-counted on the 2022 calendar: 29/04 is the aim; 7 working days before it skip the weekends and
        // Giỗ Tổ (Monday 11/04/2022): 20/04; overdue days follow 30/04, 01/05 (Sun) and the substitute days off.
        var days = Days(new NudgeTarget(D("2022-04-30")));

        Assert.Equal(D("2022-04-29"), days["due"]);
        Assert.Equal(D("2022-04-28"), days["before-1"]);
        Assert.Equal(D("2022-04-26"), days["before-3"]);
        Assert.Equal(D("2022-04-20"), days["before-7"]);
        Assert.Equal(Calendar.AddWorkingDays(D("2022-04-30"), 1), days["overdue-1"]);
        Assert.True(days["overdue-1"] > D("2022-05-02"), "2/5 and 3/5/2022 were days off (substitutes for 30/4 and 1/5)");
        Assert.Equal(Calendar.AddWorkingDays(days["overdue-1"], 3), days["escalation"]);
    }

    [Fact]
    public void For_WorkingLastDay_RemindsSevenThreeOneAndOnTheDay()
    {
        // Cầu Ngang's annual report, 24/11/2025 (a Monday).
        var days = Days(new NudgeTarget(D("2025-11-24")));

        Assert.Equal(D("2025-11-24"), days["due"]);
        Assert.Equal(D("2025-11-21"), days["before-1"]);
        Assert.Equal(D("2025-11-19"), days["before-3"]);
        Assert.Equal(D("2025-11-13"), days["before-7"]);
        Assert.Equal(D("2025-11-25"), days["overdue-1"]);
        Assert.Equal(D("2025-11-26"), days["overdue-2"]);
        Assert.Equal(D("2025-11-27"), days["overdue-3"]);
        Assert.Equal(D("2025-11-28"), days["escalation"]);
    }

    [Fact]
    public void For_Window_RemindsOnFirstWorkingDayAndThreeWorkingDaysBeforeItsLast()
    {
        // "dự kiến thực hiện kiểm tra trong tháng 10/2022": 01/10 is a Saturday, 31/10 a Monday.
        var days = Days(new NudgeTarget(D("2022-10-31"), D("2022-10-01"), D("2022-10-31")));

        Assert.Equal(2, days.Count);
        Assert.Equal(D("2022-10-03"), days["window-opens"]);
        Assert.Equal(D("2022-10-26"), days["window-closes-3"]);
    }

    [Fact]
    public void For_AnyDeadlineOfTheYear_NeverOnADayOff()
    {
        for (var day = D("2022-01-01"); day <= D("2026-12-31"); day = day.AddDays(1))
        {
            foreach (var nudge in NudgeSchedule.For(new NudgeTarget(day), NudgePolicy.Default, Calendar))
            {
                Assert.True(Calendar.IsWorkingDay(nudge.Day), $"{nudge.Stage} of {day:dd/MM/yyyy} falls on {nudge.Day:dd/MM/yyyy}");
                Assert.True(nudge.Stage.Kind is NudgeStageKind.Before or NudgeStageKind.DueDay
                    ? nudge.Day <= day : nudge.Day > day, $"{nudge.Stage} of {day:dd/MM/yyyy} on {nudge.Day:dd/MM/yyyy}");
            }
        }
    }

    [Fact]
    public void For_PolicyWithoutEscalation_HasNoEscalationStage()
    {
        var days = Days(new NudgeTarget(D("2025-11-24")), NudgePolicy.Default with { Escalate = false, OverdueWorkingDays = 1 });

        Assert.DoesNotContain("escalation", days.Keys);
        Assert.DoesNotContain("overdue-2", days.Keys);
    }

    [Fact]
    public void On_DayOff_NothingEvenIfAStageWouldMatch()
    {
        Assert.Empty(NudgeSchedule.On(D("2022-04-30"), new NudgeTarget(D("2022-04-30")), NudgePolicy.Default, Calendar));
        Assert.Single(NudgeSchedule.On(D("2022-04-29"), new NudgeTarget(D("2022-04-30")), NudgePolicy.Default, Calendar));
    }

    [Theory]
    [InlineData("before-7")]
    [InlineData("due")]
    [InlineData("window-opens")]
    [InlineData("window-closes-3")]
    [InlineData("overdue-2")]
    [InlineData("escalation")]
    [InlineData("digest")]
    [InlineData("requested-20220420")]
    public void TryParse_KeyOfEveryStage_RoundTrips(string key)
    {
        Assert.True(NudgeStage.TryParse(key, out var stage));
        Assert.Equal(key, stage.Key);
    }

    [Fact]
    public void RequestedOn_Day_KeyNamesTheDay() => Assert.Equal("requested-20220420", NudgeStage.RequestedOn(D("2022-04-20")).Key);

    [Theory]
    [InlineData("")]
    [InlineData("before-")]
    [InlineData("before-x")]
    [InlineData("later")]
    public void TryParse_UnknownKey_Fails(string key) => Assert.False(NudgeStage.TryParse(key, out _));
}
