namespace DanVanBot.Domain.Nudges;

/// <summary>
/// What one occurrence asks of a unit, as the reminder policy needs it: the last allowed day, and for an activity
/// window ("kiểm tra trong tháng 10/2022") its first and last day.
/// </summary>
public sealed record NudgeTarget(DateOnly LastDay, DateOnly? WindowFrom = null, DateOnly? WindowTo = null)
{
    public bool IsWindow => WindowFrom is not null && WindowTo is not null;
}

/// <summary>
/// One reminder of an occurrence on the calendar: its stage, the working day it goes out, and the day it aims at
/// (<paramref name="AimDay"/>, the last working day on or before the last allowed day).
/// </summary>
public sealed record ScheduledNudge(NudgeStage Stage, DateOnly Day, DateOnly AimDay);
