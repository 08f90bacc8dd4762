namespace DanVanBot.Domain.Calendar;

/// <summary>
/// The days off Labour Code 2019 art. 112 gives in a year when nothing official has been announced:
/// 1/1; Tết = last day of the lunar year + mùng 1–4; Giỗ Tổ 10/3 lunar; 30/4; 1/5; 2/9 plus one
/// adjacent day; and for each holiday on a Saturday or Sunday a substitute on the next free weekday
/// (art. 112(3); civil servants rest on both weekend days).
/// </summary>
internal static class DefaultHolidaySchedule
{
    public static IReadOnlyList<ScheduledDay> For(int year)
    {
        var holidays = new List<ScheduledDay> { new(new DateOnly(year, 1, 1), HolidayNames.NewYear, HolidayPeriod.NewYear) };

        var tet = LunarCalendar.LunarNewYear(year);
        for (int offset = -1; offset <= 3; offset++)
        {
            holidays.Add(new ScheduledDay(tet.AddDays(offset), HolidayNames.LunarNewYear, HolidayPeriod.LunarNewYear));
        }

        holidays.Add(new ScheduledDay(LunarCalendar.ToSolar(year, 3, 10), HolidayNames.HungKings, HolidayPeriod.HungKings));
        holidays.Add(new ScheduledDay(new DateOnly(year, 4, 30), HolidayNames.Victory, HolidayPeriod.VictoryAndLabourDay));
        holidays.Add(new ScheduledDay(new DateOnly(year, 5, 1), HolidayNames.LabourDay, HolidayPeriod.VictoryAndLabourDay));

        var nationalDay = new DateOnly(year, 9, 2);
        holidays.Add(new ScheduledDay(nationalDay, HolidayNames.NationalDay, HolidayPeriod.NationalDay));
        holidays.Add(new ScheduledDay(NationalDayCompanion(nationalDay), HolidayNames.NationalDay, HolidayPeriod.NationalDay));

        holidays.Sort((a, b) => a.Date.CompareTo(b.Date));
        return [.. holidays, .. SubstitutesFor(holidays)];
    }

    /// <summary>
    /// The government picks 1/9 or 3/9 each year. This reproduces its choices of 2021–2025: the day that
    /// joins 2/9 to a weekend (3/9 after a Monday or Thursday, 1/9 otherwise).
    /// </summary>
    internal static DateOnly NationalDayCompanion(DateOnly nationalDay) =>
        nationalDay.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Thursday ? nationalDay.AddDays(1) : nationalDay.AddDays(-1);

    private static List<ScheduledDay> SubstitutesFor(List<ScheduledDay> holidays)
    {
        var taken = holidays.Select(h => h.Date).ToHashSet();
        var substitutes = new List<ScheduledDay>();
        foreach (var holiday in holidays.Where(h => IsWeekend(h.Date)))
        {
            var day = holiday.Date.AddDays(1);
            while (IsWeekend(day) || taken.Contains(day)) day = day.AddDays(1);
            taken.Add(day);
            substitutes.Add(new ScheduledDay(day, HolidayNames.Substitute(holiday.Name), holiday.Period));
        }
        return substitutes;
    }

    internal static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
