namespace DanVanBot.Domain.Calendar;

public enum CalendarDayKind
{
    WorkingDay,
    Weekend,
    /// <summary>A holiday, substitute, bridging or administrator day off on what would be a working day or weekend.</summary>
    DayOff,
    /// <summary>A Saturday or Sunday worked in exchange for a bridging day off.</summary>
    MakeUpWorkingDay,
}

/// <summary>Where a day's status comes from, so an answer can say how sure it is.</summary>
public enum CalendarDaySource
{
    /// <summary>Monday–Friday / weekend, or a holiday computed from Labour Code rules.</summary>
    Rule,
    /// <summary>The government's announced schedule for that year.</summary>
    OfficialSchedule,
    Administrator,
}

/// <summary>Everything the calendar knows about one day.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, CalendarDayKind Kind, string? Name, CalendarDaySource Source);
