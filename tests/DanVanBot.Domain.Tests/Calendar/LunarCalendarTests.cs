using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

public sealed class LunarCalendarTests
{
    // Mùng 1 Tết as published in Vietnamese calendars (lịch vạn niên) for every year the bot is planned to serve.
    [Theory]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")] // China: 03/02, see LunarTimeZoneTests
    [InlineData(2031, "2031-01-23")]
    [InlineData(2032, "2032-02-11")]
    [InlineData(2033, "2033-01-31")]
    [InlineData(2034, "2034-02-19")]
    [InlineData(2035, "2035-02-08")]
    public void LunarNewYear_Year2020To2035_MatchesPublishedTet(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.LunarNewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1, false), LunarCalendar.FromSolar(DateOnly.Parse(expected)));
    }

    // Giỗ Tổ Hùng Vương, 10/3 lunar.
    [Theory]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    [InlineData(2027, "2027-04-16")]
    [InlineData(2028, "2028-04-04")]
    [InlineData(2029, "2029-04-23")]
    [InlineData(2030, "2030-04-12")]
    [InlineData(2031, "2031-04-01")]
    [InlineData(2032, "2032-04-19")]
    [InlineData(2033, "2033-04-09")]
    [InlineData(2034, "2034-04-28")]
    [InlineData(2035, "2035-04-17")]
    public void ToSolar_TenthOfThirdMonth2020To2035_MatchesPublishedHungKingsDay(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), LunarCalendar.ToSolar(year, 3, 10, false));
    }

    [Theory]
    [InlineData(2020, 4, "2020-05-23")]
    [InlineData(2023, 2, "2023-03-22")]
    [InlineData(2025, 6, "2025-07-25")]
    [InlineData(2028, 5, "2028-06-23")]
    [InlineData(2033, 11, "2033-12-22")]
    public void LeapMonth_KnownLeapYears_StartsOnPublishedDay(int year, int leapMonth, string firstDay)
    {
        Assert.Equal(leapMonth, LunarCalendar.LeapMonth(year));
        Assert.Equal(DateOnly.Parse(firstDay), LunarCalendar.ToSolar(year, leapMonth, 1, isLeapMonth: true));
        Assert.Equal(new LunarDate(year, leapMonth, 1, true), LunarCalendar.FromSolar(DateOnly.Parse(firstDay)));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void LeapMonth_OrdinaryYear_IsZero(int year)
    {
        Assert.Equal(0, LunarCalendar.LeapMonth(year));
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(year, 3, 1, isLeapMonth: true));
    }

    [Theory]
    [InlineData("2020-06-10", 2020, 4, 19, true)]
    [InlineData("2023-04-10", 2023, 2, 20, true)]
    [InlineData("2025-08-20", 2025, 6, 27, true)]
    [InlineData("2025-07-24", 2025, 6, 30, false)]
    [InlineData("2024-02-09", 2023, 12, 30, false)]
    [InlineData("2022-12-31", 2022, 12, 9, false)]
    public void FromSolar_KnownDays_GivesPublishedLunarDate(string solar, int year, int month, int day, bool leap)
    {
        var date = DateOnly.Parse(solar);
        Assert.Equal(new LunarDate(year, month, day, leap), LunarCalendar.FromSolar(date));
        Assert.Equal(date, LunarCalendar.ToSolar(year, month, day, leap));
    }

    [Fact]
    public void FromSolar_EveryDay2019To2036_RoundTripsThroughToSolar()
    {
        var previous = LunarCalendar.FromSolar(new DateOnly(2018, 12, 31));
        for (var day = new DateOnly(2019, 1, 1); day <= new DateOnly(2036, 12, 31); day = day.AddDays(1))
        {
            var lunar = LunarCalendar.FromSolar(day);
            Assert.Equal(day, LunarCalendar.ToSolar(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
            // Consecutive solar days are consecutive lunar days, or day 1 follows day 29/30.
            Assert.True(lunar.Day == previous.Day + 1 || (lunar.Day == 1 && previous.Day is 29 or 30),
                $"{day:dd/MM/yyyy}: {previous} then {lunar}");
            previous = lunar;
        }
    }

    [Theory]
    [InlineData(2023, 12, 30)]
    [InlineData(2024, 12, 29)] // Tết Ất Tỵ 2025 had no "30 Tết"
    [InlineData(2022, 12, 30)]
    public void DaysInMonth_TwelfthMonth_MatchesWhetherTetHasA30th(int year, int month, int expected)
    {
        Assert.Equal(expected, LunarCalendar.DaysInMonth(year, month));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(year, month, 31));
    }
}
