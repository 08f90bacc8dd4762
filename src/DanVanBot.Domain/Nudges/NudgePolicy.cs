namespace DanVanBot.Domain.Nudges;

/// <summary>
/// When reminders go out (issue 12's defaults). Configurable per organisation; every day is counted on the working
/// calendar and every time is Vietnam's.
/// </summary>
public sealed record NudgePolicy
{
    public static NudgePolicy Default { get; } = new();

    /// <summary>Reminders N working days before the day they aim at; the day itself always gets one.</summary>
    public IReadOnlyList<int> WorkingDaysBefore { get; init; } = [7, 3, 1];

    /// <summary>When the day's reminders go out.</summary>
    public TimeOnly SendAt { get; init; } = new(8, 0);

    /// <summary>Nothing is sent before this time of day …</summary>
    public TimeOnly WorkStart { get; init; } = new(7, 30);

    /// <summary>… or after this one; a reminder not out by then is dropped, not sent in the evening.</summary>
    public TimeOnly WorkEnd { get; init; } = new(17, 30);

    /// <summary>Windows get a reminder when they open and this many working days before their last working day.</summary>
    public int WindowClosesWorkingDays { get; init; } = 3;

    /// <summary>One overdue reminder per working day for this many working days after the last allowed day.</summary>
    public int OverdueWorkingDays { get; init; } = 3;

    /// <summary>Escalate to the unit head on the working day after the last overdue reminder.</summary>
    public bool Escalate { get; init; } = true;

    /// <summary>"Nhắc lại sau" moves a reminder to the next of these times (on a working day).</summary>
    public IReadOnlyList<TimeOnly> SnoozeSlots { get; init; } = [new(8, 0), new(13, 30)];

    /// <summary>The coordinators' digest: this weekday at <see cref="SendAt"/>, covering this many days ahead.</summary>
    public DayOfWeek DigestDay { get; init; } = DayOfWeek.Monday;

    public int DigestHorizonDays { get; init; } = 14;

    public bool IsWithinWorkingHours(TimeOnly time) => time >= WorkStart && time <= WorkEnd;
}
