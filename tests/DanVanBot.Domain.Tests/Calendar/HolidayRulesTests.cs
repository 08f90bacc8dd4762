using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

/// <summary>The computed defaults (no announced schedule): Labour Code 2019 art. 112.</summary>
public sealed class HolidayRulesTests
{
    private readonly VietnamWorkingCalendar rules = new(OfficialHolidaySchedule.None);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2028-01-01", "2028-01-03", "Nghỉ bù Tết Dương lịch")]  // Saturday
    [InlineData("2034-01-01", "2034-01-02", "Nghỉ bù Tết Dương lịch")]  // Sunday
    [InlineData("2029-09-02", "2029-09-03", "Nghỉ bù Quốc khánh")]      // Sunday, with Saturday 1/9 as companion
    [InlineData("2029-09-01", "2029-09-04", "Nghỉ bù Quốc khánh")]
    [InlineData("2032-05-01", "2032-05-03", "Nghỉ bù Ngày Quốc tế Lao động")]
    public void DayOffName_HolidayOnWeekend_NextFreeWeekdayIsSubstitute(string holiday, string substitute, string name)
    {
        Assert.False(rules.IsWorkingDay(D(holiday)));
        Assert.False(rules.IsWorkingDay(D(substitute)));
        Assert.Equal(name, rules.DayOffName(D(substitute)));
    }

    [Theory]
    [InlineData(2027, "2027-02-05", "2027-02-11")] // Tết Sat 6/2: 5–9/2 plus substitutes 10–11/2
    [InlineData(2030, "2030-02-01", "2030-02-07")] // Tết Sat 2/2: 1–5/2 plus substitutes 6–7/2
    [InlineData(2035, "2035-02-07", "2035-02-13")]
    public void IsWorkingDay_ComputedTet_LastDayOfYearToFourthDayPlusSubstitutes(int year, string first, string last)
    {
        Assert.Equal(LunarCalendar.LunarNewYear(year).AddDays(-1), D(first));
        for (var day = D(first); day <= D(last); day = day.AddDays(1)) Assert.False(rules.IsWorkingDay(day), $"{day:dd/MM/yyyy}");
        Assert.True(rules.IsWorkingDay(rules.AddWorkingDays(D(first), -1)));
        Assert.Equal(D(last).AddDays(1), rules.NextWorkingDayOnOrAfter(D(last).AddDays(1)));
        Assert.Equal(D(first).AddDays(-1), rules.LastWorkingDayOnOrBefore(D(first).AddDays(-1)));
    }

    [Theory]
    [InlineData(2027)]
    [InlineData(2028)]
    [InlineData(2031)]
    [InlineData(2034)]
    public void DayOffName_TenthOfThirdLunarMonth_IsHungKingsDay(int year)
    {
        Assert.Equal("Giỗ Tổ Hùng Vương", rules.DayOffName(LunarCalendar.ToSolar(year, 3, 10)));
    }

    // The companion of 2/9 the government actually chose in 2021–2025.
    [Theory]
    [InlineData("2021-09-02", "2021-09-03")]
    [InlineData("2022-09-02", "2022-09-01")]
    [InlineData("2023-09-02", "2023-09-01")]
    [InlineData("2024-09-02", "2024-09-03")]
    [InlineData("2025-09-02", "2025-09-01")]
    public void DayOffName_NationalDayCompanion_MatchesAnnouncedChoice(string nationalDay, string companion)
    {
        Assert.Equal("Quốc khánh", rules.DayOffName(D(companion)));
        Assert.Equal("Quốc khánh", rules.DayOffName(D(nationalDay)));
    }

    // Where the law leaves no choice, the computed days must equal what was announced.
    [Theory]
    [InlineData(2021, HolidayPeriod.NewYear)]
    [InlineData(2021, HolidayPeriod.VictoryAndLabourDay)]
    [InlineData(2021, HolidayPeriod.NationalDay)]
    [InlineData(2022, HolidayPeriod.NewYear)]
    [InlineData(2022, HolidayPeriod.LunarNewYear)]
    [InlineData(2022, HolidayPeriod.HungKings)]
    [InlineData(2022, HolidayPeriod.VictoryAndLabourDay)]
    [InlineData(2023, HolidayPeriod.NewYear)]
    [InlineData(2023, HolidayPeriod.HungKings)]
    [InlineData(2023, HolidayPeriod.NationalDay)]
    [InlineData(2024, HolidayPeriod.HungKings)]
    [InlineData(2025, HolidayPeriod.NationalDay)]
    [InlineData(2026, HolidayPeriod.LunarNewYear)]
    public void Computed_PeriodWithoutGovernmentChoice_EqualsAnnouncedWeekdaysOff(int year, HolidayPeriod period)
    {
        var announced = OfficialHolidaySchedule.Embedded.For(year, period)!
            .Where(d => d.IsDayOff && !IsWeekend(d.Date)).Select(d => d.Date).ToHashSet();
        var computed = DefaultHolidaySchedule.For(year)
            .Where(d => d.Period == period && d.IsDayOff && !IsWeekend(d.Date))
            .Select(d => d.Date).ToHashSet();
        Assert.Equal(announced.Order(), computed.Order());
    }

    // The government moves Tết substitutes around but never changes their number: five weekdays off.
    [Theory]
    [InlineData(2020)]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2023)]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void OfficialTet_EveryAnnouncedYear_HasAsManyWeekdaysOffAsTheLaw(int year)
    {
        var official = OfficialHolidaySchedule.Embedded.For(year, HolidayPeriod.LunarNewYear)!;
        int weekdaysOff = official.Count(d => d.IsDayOff && !IsWeekend(d.Date)) - official.Count(d => !d.IsDayOff);
        var tet = LunarCalendar.LunarNewYear(year);
        int computed = rules.CountWorkingDays(tet.AddDays(-10), tet.AddDays(10));
        int withOfficial = new VietnamWorkingCalendar().CountWorkingDays(tet.AddDays(-10), tet.AddDays(10));
        Assert.Equal(5, weekdaysOff);
        Assert.Equal(computed, withOfficial);
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
