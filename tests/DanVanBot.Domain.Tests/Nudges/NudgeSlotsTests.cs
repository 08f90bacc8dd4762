using System.Globalization;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;

namespace DanVanBot.Domain.Tests.Nudges;

public sealed class NudgeSlotsTests
{
    private static readonly VietnamWorkingCalendar Calendar = new();

    private static DateTimeOffset Vn(string local) =>
        DateTimeOffset.Parse(local + "+07:00", CultureInfo.InvariantCulture);

    [Fact]
    public void At_EightInVietnam_IsOneInTheMorningUtc() =>
        Assert.Equal(new DateTimeOffset(2025, 11, 24, 1, 0, 0, TimeSpan.Zero), NudgeSlots.At(new DateOnly(2025, 11, 24), new TimeOnly(8, 0)));

    [Theory]
    [InlineData("2025-11-24T09:15", "2025-11-24T13:30")] // Monday morning → the afternoon slot
    [InlineData("2025-11-24T13:30", "2025-11-25T08:00")] // at the last slot → next working morning
    [InlineData("2025-11-21T16:00", "2025-11-24T08:00")] // Friday afternoon → Monday
    [InlineData("2025-11-22T10:00", "2025-11-24T08:00")] // Saturday → Monday
    [InlineData("2026-02-13T10:00", "2026-02-13T13:30")] // the Friday before Tết 2026 still works in the afternoon
    public void NextSlot_SnoozeAt_GoesToNextSlotOnAWorkingDay(string now, string expected) =>
        Assert.Equal(Vn(expected), NudgeSlots.NextSlot(Vn(now), NudgePolicy.Default, Calendar));

    [Fact]
    public void NextSlot_LastWorkingDayBeforeTet_SkipsTheHolidays()
    {
        var next = NudgeSlots.NextSlot(Vn("2026-02-13T15:00"), NudgePolicy.Default, Calendar);

        Assert.True(Calendar.IsWorkingDay(NudgeSlots.Local(next).Day));
        Assert.True(next > Vn("2026-02-20T00:00"), $"Tết 2026 holidays run past 17/02; got {next}");
    }

    [Theory]
    [InlineData("2025-11-24T07:59", "2025-11-24T08:00")]
    [InlineData("2025-11-24T08:00", "2025-11-24T08:00")]
    [InlineData("2025-11-24T08:01", "2025-11-25T08:00")]
    [InlineData("2025-11-29T08:00", "2025-12-01T08:00")]
    public void NextSendTime_Now_IsNextWorkingEight(string now, string expected) =>
        Assert.Equal(Vn(expected), NudgeSlots.NextSendTime(Vn(now), NudgePolicy.Default, Calendar));
}
