namespace DanVanBot.Domain.Calendar;

/// <summary>
/// An administrator's correction of one day, applied on top of the official and computed schedule
/// (e.g. a late announcement, or a provincial day off). The last override for a day wins.
/// </summary>
/// <param name="Name">Vietnamese name to show; null keeps the scheduled name or uses a generic one.</param>
public sealed record CalendarOverride(DateOnly Day, bool IsDayOff, string? Name = null);
