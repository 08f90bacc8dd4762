namespace DanVanBot.Domain.Calendar;

/// <summary>
/// The holiday breaks of Labour Code 2019 art. 112. Official schedules are announced per break, so a
/// break's announced days replace its computed days without touching the other breaks of the year.
/// </summary>
public enum HolidayPeriod
{
    NewYear,
    LunarNewYear,
    HungKings,
    /// <summary>30/4 and 1/5, always announced together.</summary>
    VictoryAndLabourDay,
    NationalDay,
}

/// <summary>One day of a holiday break: a day off, or (when <see cref="IsDayOff"/> is false) a make-up working day.</summary>
public sealed record ScheduledDay(DateOnly Date, string Name, HolidayPeriod Period, bool IsDayOff = true);
