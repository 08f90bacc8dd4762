namespace DanVanBot.Domain.Calendar;

public static class WorkingCalendarExtensions
{
    /// <summary>
    /// A day off that is not a plain weekend (a public holiday, a day swapped off): the date wording says "ngày nghỉ lễ"
    /// for these and names the weekday for a weekend.
    /// </summary>
    public static bool IsHoliday(this IWorkingCalendar calendar, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.DayOffName(day) is { } name && name != HolidayNames.Saturday && name != HolidayNames.Sunday;
    }
}
