namespace DanVanBot.Domain.Calendar;

/// <summary>
/// Vietnam's working days: Monday–Friday minus public holidays and announced days off, plus
/// announced make-up working days. Implementations keep the official days of each year as data
/// an administrator can correct, with computed defaults.
/// </summary>
public interface IWorkingCalendar
{
    bool IsWorkingDay(DateOnly day);

    /// <summary>Name of the holiday or day off (Vietnamese), or null for an ordinary day.</summary>
    string? DayOffName(DateOnly day);

    /// <summary>The day itself if it is a working day, else the closest working day before it (where reminders aim).</summary>
    DateOnly LastWorkingDayOnOrBefore(DateOnly day);

    /// <summary>The day itself if it is a working day, else the next one (Civil Code art. 148 end of a time limit).</summary>
    DateOnly NextWorkingDayOnOrAfter(DateOnly day);

    /// <summary>Moves by <paramref name="workingDays"/> working days (negative goes back); 0 returns the day.</summary>
    DateOnly AddWorkingDays(DateOnly day, int workingDays);

    /// <summary>Working days in [from, to], both ends counted.</summary>
    int CountWorkingDays(DateOnly from, DateOnly to);
}
