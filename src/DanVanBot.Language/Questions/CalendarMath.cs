using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>Calendar periods as inclusive day windows. Weeks are ISO weeks, Monday to Sunday.</summary>
internal static class CalendarMath
{
    public static DateWindow Week(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new DateWindow(monday, monday.AddDays(6));
    }

    public static DateWindow WeekOffset(DateOnly today, int weeks) => Week(today.AddDays(7 * weeks));

    public static DateWindow MonthOffset(DateOnly today, int months)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(months);
        return DateWindow.Month(first.Year, first.Month);
    }

    public static int QuarterOf(DateOnly day) => (day.Month + 2) / 3;

    public static DateWindow Quarter(int year, int quarter) =>
        new(new DateOnly(year, 3 * quarter - 2, 1), DateWindow.Month(year, 3 * quarter).To);

    public static DateWindow QuarterOffset(DateOnly today, int quarters)
    {
        var index = today.Year * 4 + QuarterOf(today) - 1 + quarters;
        return Quarter(index / 4, index % 4 + 1);
    }

    public static DateWindow Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    public static DateWindow FirstHalf(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));
    public static DateWindow SecondHalf(int year) => new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));
    public static DateWindow FirstNineMonths(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 9, 30));

    /// <summary>N days starting today, today included: "the next 30 days" is today..today+29.</summary>
    public static DateWindow NextDays(DateOnly today, int days) => new(today, today.AddDays(Math.Max(days, 1) - 1));

    /// <summary>A month named without a year is the coming one: this year's unless it has ended.</summary>
    public static int YearOfComingMonth(DateOnly today, int month) => month >= today.Month ? today.Year : today.Year + 1;

    /// <summary>Same rule for quarters: this year's quarter unless it has ended.</summary>
    public static int YearOfComingQuarter(DateOnly today, int quarter) =>
        quarter >= QuarterOf(today) ? today.Year : today.Year + 1;

    public static bool IsValidDate(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateWindow ShiftYears(DateWindow window, int years) =>
        new(window.From.AddYears(years), window.To.AddYears(years));
}
