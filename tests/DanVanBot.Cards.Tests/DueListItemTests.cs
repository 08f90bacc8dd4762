using DanVanBot.Cards.Data;

namespace DanVanBot.Cards.Tests;

public sealed class DueListItemTests
{
    [Theory]
    [InlineData(2026, 11, 24, DueTiming.Upcoming, 3, "Thứ Ba, 24/11/2026")]
    [InlineData(2026, 11, 21, DueTiming.Today, 0, "Thứ Bảy, 21/11/2026")]
    [InlineData(2026, 11, 19, DueTiming.Overdue, 2, "Thứ Năm, 19/11/2026")]
    [InlineData(2026, 11, 22, DueTiming.Upcoming, 1, "Chủ nhật, 22/11/2026")]
    public void Create_DueDateRelativeToToday_GivesTimingDaysAndVietnameseDate(int year, int month, int day, DueTiming timing, int days, string text)
    {
        var item = DueListItem.Create("Báo cáo", "Phòng Nội vụ", new DateOnly(year, month, day), new DateOnly(2026, 11, 21), "40/KH-UBND");

        Assert.Equal(timing, item.Timing);
        Assert.Equal(days, item.Days);
        Assert.Equal(text, item.DueDateText);
    }

    [Fact]
    public void Create_DueOnDayOff_CarriesDayMonthAndSubmitByDate()
    {
        var item = DueListItem.Create("Báo cáo", "Phòng Nội vụ", new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 2), "40/KH-UBND",
            submitBy: new DateOnly(2026, 11, 20));

        Assert.Equal("22/11", item.NonWorkingDayMonth);
        Assert.Equal("20/11/2026", item.SubmitByText);
    }
}
