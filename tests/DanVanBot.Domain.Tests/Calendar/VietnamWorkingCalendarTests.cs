using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

public sealed class VietnamWorkingCalendarTests
{
    private readonly VietnamWorkingCalendar calendar = new();

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2022-04-30", "2022-04-29")] // Saturday and Ngày Chiến thắng (plan 102/KH-UBND-NV, "trước ngày 01/5/2022")
    [InlineData("2022-05-01", "2022-04-29")]
    [InlineData("2022-05-03", "2022-04-29")] // substitute days 2–3/5
    [InlineData("2022-10-29", "2022-10-28")] // a plain Saturday
    [InlineData("2022-10-28", "2022-10-28")]
    [InlineData("2025-02-02", "2025-01-24")] // the whole Tết break
    [InlineData("2025-04-26", "2025-04-26")] // Saturday worked in exchange for 2/5
    public void LastWorkingDayOnOrBefore_Day_IsPublishedPreviousWorkingDay(string day, string expected)
    {
        Assert.Equal(D(expected), calendar.LastWorkingDayOnOrBefore(D(day)));
    }

    [Theory]
    [InlineData("2022-10-29", "2022-10-31")]
    [InlineData("2022-04-30", "2022-05-04")]
    [InlineData("2023-01-01", "2023-01-03")] // Sunday 1/1, substitute Monday 2/1
    [InlineData("2026-02-14", "2026-02-23")] // Tết Bính Ngọ 14–22/02/2026
    [InlineData("2024-04-27", "2024-05-02")] // 27/4–1/5/2024, 29/4 swapped
    [InlineData("2025-08-30", "2025-09-03")]
    public void NextWorkingDayOnOrAfter_DayOff_IsFirstWorkingDayAfterTheBreak(string day, string expected)
    {
        Assert.Equal(D(expected), calendar.NextWorkingDayOnOrAfter(D(day)));
    }

    [Theory]
    [InlineData("2025-01-01", "Tết Dương lịch")]
    [InlineData("2025-01-29", "Tết Nguyên đán")]
    [InlineData("2025-04-07", "Giỗ Tổ Hùng Vương")]
    [InlineData("2025-04-30", "Ngày Chiến thắng")]
    [InlineData("2025-05-01", "Ngày Quốc tế Lao động")]
    [InlineData("2025-09-02", "Quốc khánh")]
    [InlineData("2025-09-01", "Quốc khánh")]
    [InlineData("2022-04-11", "Nghỉ bù Giỗ Tổ Hùng Vương")]
    [InlineData("2023-01-02", "Nghỉ bù Tết Dương lịch")]
    [InlineData("2022-10-29", "Thứ Bảy")]
    [InlineData("2022-10-30", "Chủ nhật")]
    [InlineData("2022-10-28", null)]
    [InlineData("2025-04-26", null)]
    public void DayOffName_Day_IsVietnameseNameOrNullForWorkingDay(string day, string? expected)
    {
        Assert.Equal(expected, calendar.DayOffName(D(day)));
    }

    [Theory]
    [InlineData("2025-04-26", true)]  // make-up Saturday
    [InlineData("2025-05-02", false)] // bridging Friday
    [InlineData("2024-05-04", true)]
    [InlineData("2024-04-29", false)]
    [InlineData("2025-01-27", false)]
    [InlineData("2025-02-03", true)]
    [InlineData("2026-02-16", false)]
    [InlineData("2026-02-23", true)]
    [InlineData("2020-09-03", true)]  // Labour Code 2012 still applied: Quốc khánh was one day
    [InlineData("2021-09-03", false)]
    public void IsWorkingDay_AnnouncedSwapsAndBreaks_FollowOfficialSchedule(string day, bool expected)
    {
        Assert.Equal(expected, calendar.IsWorkingDay(D(day)));
    }

    [Theory]
    [InlineData("2024-12-31", 1, "2025-01-02")]
    [InlineData("2025-01-02", -1, "2024-12-31")]
    [InlineData("2022-12-30", 1, "2023-01-03")]
    [InlineData("2023-01-03", -5, "2022-12-26")]
    [InlineData("2025-01-24", 1, "2025-02-03")]
    [InlineData("2025-02-03", -1, "2025-01-24")]
    [InlineData("2025-01-20", 10, "2025-02-10")] // 4 before Tết, 6 after
    [InlineData("2025-01-25", 0, "2025-01-25")]
    [InlineData("2025-01-25", 1, "2025-02-03")] // from a day off: the next working day is the first
    [InlineData("2025-01-25", -1, "2025-01-24")]
    public void AddWorkingDays_AcrossYearEndsAndTet_SkipsDaysOff(string day, int workingDays, string expected)
    {
        Assert.Equal(D(expected), calendar.AddWorkingDays(D(day), workingDays));
    }

    [Theory]
    [InlineData("2025-01-01", "2025-12-31", 250)] // 261 weekdays − 12 weekdays off + make-up 26/4
    [InlineData("2022-01-01", "2022-12-31", 249)] // 260 weekdays − 11
    [InlineData("2024-12-30", "2025-01-03", 4)]
    [InlineData("2025-01-25", "2025-02-02", 0)]
    [InlineData("2025-02-03", "2025-02-03", 1)]
    [InlineData("2025-02-03", "2025-02-02", 0)]
    public void CountWorkingDays_Range_CountsBothEnds(string from, string to, int expected)
    {
        Assert.Equal(expected, calendar.CountWorkingDays(D(from), D(to)));
    }

    [Fact]
    public void AddWorkingDays_ManyDaysAndDistances_AgreesWithDayByDayWalk()
    {
        var random = new Random(20250429);
        for (int trial = 0; trial < 400; trial++)
        {
            var start = new DateOnly(2019, 6, 1).AddDays(random.Next(0, 365 * 12));
            int distance = random.Next(-400, 401);
            Assert.Equal(WalkWorkingDays(start, distance), calendar.AddWorkingDays(start, distance));
            var (from, to) = distance >= 0 ? (start, start.AddDays(distance)) : (start.AddDays(distance), start);
            Assert.Equal(CountByWalking(from, to), calendar.CountWorkingDays(from, to));
        }
    }

    private DateOnly WalkWorkingDays(DateOnly day, int workingDays)
    {
        int step = Math.Sign(workingDays);
        for (int remaining = Math.Abs(workingDays); remaining > 0;)
        {
            day = day.AddDays(step);
            if (calendar.IsWorkingDay(day)) remaining--;
        }
        return day;
    }

    private int CountByWalking(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (var day = from; day <= to; day = day.AddDays(1)) count += calendar.IsWorkingDay(day) ? 1 : 0;
        return count;
    }
}
