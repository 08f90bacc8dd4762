using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

/// <summary>Vietnam (UTC+7) and China (UTC+8) apply the same rules; a new moon or solar term near midnight splits them.</summary>
public sealed class LunarTimeZoneTests
{
    private static readonly LunisolarCalculator China = new(TimeSpan.FromHours(8));
    private static readonly LunisolarCalculator Vietnam = new(TimeSpan.FromHours(7));

    [Theory]
    // 1985: month 11 and the leap month fall differently, so Vietnam's Tết Ất Sửu came a whole month before China's.
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    // 2007: the new moon of 17/02 fell after midnight in Beijing but before midnight in Hà Nội.
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void LunarNewYear_YearsWhereZonesDiffer_VietnamAndChinaDiverge(int year, string vietnam, string china)
    {
        Assert.Equal(DateOnly.Parse(vietnam), Vietnam.ToSolar(year, 1, 1, false));
        Assert.Equal(DateOnly.Parse(china), China.ToSolar(year, 1, 1, false));
        Assert.Equal(DateOnly.Parse(vietnam), LunarCalendar.LunarNewYear(year));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2025)]
    [InlineData(2026)]
    public void LunarNewYear_OrdinaryYears_ZonesAgree(int year)
    {
        Assert.Equal(China.ToSolar(year, 1, 1, false), Vietnam.ToSolar(year, 1, 1, false));
    }
}
