using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Tables;

/// <summary>
/// A schedule's row that lists days of one month ("Tháng 7" | "Ngày 09; 23 (thứ Năm)", or "Ngày 03; 10; 17/7/2026" in one
/// cell): each day becomes a date of that month; a single day, a range or a list without a month stays as written.
/// </summary>
public sealed class DayListCellTests
{
    [Theory]
    [InlineData("Tháng 7 Ngày 09; 23 (thứ Năm)", "Ngày 09/7; Ngày 23/7")]
    [InlineData("Thang 8 Ngay 13; 27 (thu Nam)", "Ngày 13/8; Ngày 27/8")]
    [InlineData("Tháng 10/2026 Ngày 01, 08, 15, 22 và 29", "Ngày 01/10/2026; Ngày 08/10/2026; Ngày 15/10/2026; Ngày 22/10/2026; Ngày 29/10/2026")]
    [InlineData("Ngày 03; 10; 17/7/2026", "Ngày 03/7/2026; Ngày 10/7/2026; Ngày 17/7/2026")]
    [InlineData("ngày 06, 20 tháng 8 năm 2026", "Ngày 06/8/2026; Ngày 20/8/2026")]
    [InlineData("Ngày 15/9/2026", "Ngày 15/9/2026")]
    // Two days in a row are one stay of two days (read as a span); two days apart are two days.
    [InlineData("Ngày 16 và 17/4/2026", "Ngày 16 và 17/4/2026")]
    [InlineData("Ngày 16 và 23/4/2026", "Ngày 16/4/2026; Ngày 23/4/2026")]
    [InlineData("Từ ngày 13/10 đến ngày 14/10/2026", "Từ ngày 13/10 đến ngày 14/10/2026")]
    [InlineData("Ngày 09; 23 (thứ Năm)", "Ngày 09; 23 (thứ Năm)")]
    [InlineData("Tháng 13 Ngày 09; 23", "Tháng 13 Ngày 09; 23")]
    [InlineData("", "")]
    public void Spread_TimeCell_WritesEachListedDayAsADateOfItsMonth(string cell, string expected) =>
        Assert.Equal(expected, DayListCell.Spread(cell));
}
