using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

public sealed class CalendarOverrideTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void IsWorkingDay_AdministratorMovesComputedCompanionDay_OverrideWins()
    {
        // 2/9/2027 is a Thursday: the default companion is Friday 3/9; suppose the government picks Wednesday 1/9.
        var defaults = new VietnamWorkingCalendar();
        Assert.False(defaults.IsWorkingDay(D("2027-09-03")));
        Assert.True(defaults.IsWorkingDay(D("2027-09-01")));

        var corrected = new VietnamWorkingCalendar(
        [
            new CalendarOverride(D("2027-09-01"), IsDayOff: true, "Quốc khánh"),
            new CalendarOverride(D("2027-09-03"), IsDayOff: false),
        ]);

        Assert.False(corrected.IsWorkingDay(D("2027-09-01")));
        Assert.Equal("Quốc khánh", corrected.DayOffName(D("2027-09-01")));
        Assert.True(corrected.IsWorkingDay(D("2027-09-03")));
        Assert.Equal(CalendarDaySource.Administrator, corrected.Describe(D("2027-09-03")).Source);
        Assert.Equal(D("2027-09-06"), corrected.AddWorkingDays(D("2027-08-31"), 2));
    }

    [Fact]
    public void AddWorkingDays_AdministratorAddsDayOffAfterTet_SkipsIt()
    {
        var calendar = new VietnamWorkingCalendar([new CalendarOverride(D("2025-02-03"), IsDayOff: true, "Nghỉ do bão")]);

        Assert.Equal("Nghỉ do bão", calendar.DayOffName(D("2025-02-03")));
        Assert.Equal(D("2025-02-04"), calendar.AddWorkingDays(D("2025-01-24"), 1));
        Assert.Equal(D("2025-01-24"), calendar.LastWorkingDayOnOrBefore(D("2025-02-03")));
    }

    [Fact]
    public void IsWorkingDay_AdministratorCancelsOfficialSwapAndMakeUpDay_OverrideWins()
    {
        var calendar = new VietnamWorkingCalendar(
        [
            new CalendarOverride(D("2025-05-02"), IsDayOff: false),
            new CalendarOverride(D("2025-04-26"), IsDayOff: true),
        ]);

        Assert.True(calendar.IsWorkingDay(D("2025-05-02")));
        Assert.False(calendar.IsWorkingDay(D("2025-04-26")));
        Assert.Equal(HolidayNames.AdministratorDayOff, calendar.DayOffName(D("2025-04-26")));
    }

    [Fact]
    public void DayOffName_OverrideWithoutNameOnHoliday_KeepsHolidayName()
    {
        var calendar = new VietnamWorkingCalendar([new CalendarOverride(D("2025-04-30"), IsDayOff: true)]);

        Assert.Equal("Ngày Chiến thắng", calendar.DayOffName(D("2025-04-30")));
    }

    [Fact]
    public void IsWorkingDay_OfficialScheduleVersusRulesOnly_OfficialWinsOverComputed()
    {
        var official = new VietnamWorkingCalendar();
        var rulesOnly = new VietnamWorkingCalendar(OfficialHolidaySchedule.None);

        Assert.True(rulesOnly.IsWorkingDay(D("2025-05-02")));
        Assert.False(official.IsWorkingDay(D("2025-05-02")));
        Assert.False(rulesOnly.IsWorkingDay(D("2025-04-26")));
        Assert.True(official.IsWorkingDay(D("2025-04-26")));
        Assert.Equal(CalendarDaySource.OfficialSchedule, official.Describe(D("2025-04-26")).Source);
        Assert.Equal(CalendarDayKind.MakeUpWorkingDay, official.Describe(D("2025-04-26")).Kind);
    }
}
