namespace DanVanBot.Domain.Calendar;

/// <summary>
/// One solar year resolved day by day, with a running count of working days so that counting and
/// moving by working days are a subtraction and a binary search instead of a walk.
/// </summary>
internal sealed class WorkingYear
{
    private readonly CalendarDay[] days;

    /// <summary>cumulative[i] = working days among days 0..i of the year.</summary>
    private readonly int[] cumulative;

    public WorkingYear(int year, OfficialHolidaySchedule official, IReadOnlyList<CalendarOverride> overrides)
    {
        Year = year;
        var first = new DateOnly(year, 1, 1);
        days = new CalendarDay[DateTime.IsLeapYear(year) ? 366 : 365];
        for (int i = 0; i < days.Length; i++)
        {
            var date = first.AddDays(i);
            days[i] = DefaultHolidaySchedule.IsWeekend(date)
                ? new CalendarDay(date, false, CalendarDayKind.Weekend, null, CalendarDaySource.Rule)
                : new CalendarDay(date, true, CalendarDayKind.WorkingDay, null, CalendarDaySource.Rule);
        }

        var computed = DefaultHolidaySchedule.For(year).ToLookup(d => d.Period);
        foreach (var period in Enum.GetValues<HolidayPeriod>())
        {
            var announced = official.For(year, period);
            var source = announced is null ? CalendarDaySource.Rule : CalendarDaySource.OfficialSchedule;
            foreach (var scheduled in announced ?? [.. computed[period]]) Apply(scheduled, source);
        }

        foreach (var correction in overrides) Apply(correction);

        cumulative = new int[days.Length];
        int running = 0;
        for (int i = 0; i < days.Length; i++)
        {
            if (days[i].IsWorkingDay) running++;
            cumulative[i] = running;
        }
    }

    public int Year { get; }

    public int Length => days.Length;

    public int WorkingDayCount => cumulative[^1];

    public CalendarDay Day(int index) => days[index];

    /// <summary>Working days among days 0..index; 0 for index −1.</summary>
    public int WorkingDaysThrough(int index) => index < 0 ? 0 : cumulative[index];

    /// <summary>The first day whose running count reaches <paramref name="count"/> (that day is a working day).</summary>
    public int IndexOfWorkingDayNumber(int count)
    {
        int found = Array.BinarySearch(cumulative, count);
        if (found < 0) return ~found;
        // Several days share a running count; the first of them is the working day.
        while (found > 0 && cumulative[found - 1] == count) found--;
        return found;
    }

    private void Apply(ScheduledDay scheduled, CalendarDaySource source)
    {
        int index = scheduled.Date.DayOfYear - 1;
        var current = days[index];
        if (!scheduled.IsDayOff)
        {
            days[index] = new CalendarDay(scheduled.Date, true, CalendarDayKind.MakeUpWorkingDay, scheduled.Name, source);
            return;
        }
        // Two holidays on one day (e.g. Giỗ Tổ on 30/4) keep both names.
        string name = current.Kind == CalendarDayKind.DayOff && current.Name is not null && current.Name != scheduled.Name
            ? $"{current.Name}; {scheduled.Name}"
            : scheduled.Name;
        days[index] = new CalendarDay(scheduled.Date, false, CalendarDayKind.DayOff, name, source);
    }

    private void Apply(CalendarOverride correction)
    {
        int index = correction.Day.DayOfYear - 1;
        var current = days[index];
        days[index] = correction.IsDayOff
            ? new CalendarDay(correction.Day, false, CalendarDayKind.DayOff,
                correction.Name ?? (current.Kind == CalendarDayKind.DayOff ? current.Name : null) ?? HolidayNames.AdministratorDayOff,
                CalendarDaySource.Administrator)
            : new CalendarDay(correction.Day, true,
                DefaultHolidaySchedule.IsWeekend(correction.Day) ? CalendarDayKind.MakeUpWorkingDay : CalendarDayKind.WorkingDay,
                correction.Name ?? HolidayNames.AdministratorWorkingDay, CalendarDaySource.Administrator);
    }
}
