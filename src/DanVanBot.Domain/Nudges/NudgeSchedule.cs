using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Nudges;

/// <summary>
/// Lays the policy out on the working calendar. Reminders aim at the last working day on or before the last allowed
/// day (a reminder should not promise the civil-law extension to the next working day); overdue reminders and the
/// escalation count working days after the last allowed day itself.
/// </summary>
public static class NudgeSchedule
{
    /// <summary>Every reminder of the target, in day order (a day may carry several stages only if the policy overlaps).</summary>
    public static IReadOnlyList<ScheduledNudge> For(NudgeTarget target, NudgePolicy policy, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(calendar);
        var aim = calendar.LastWorkingDayOnOrBefore(target.LastDay);
        var list = new List<ScheduledNudge>();
        if (target.IsWindow)
        {
            var opens = calendar.NextWorkingDayOnOrAfter(target.WindowFrom!.Value);
            var lastWorking = calendar.LastWorkingDayOnOrBefore(target.WindowTo!.Value);
            var closes = calendar.AddWorkingDays(lastWorking, -policy.WindowClosesWorkingDays);
            if (opens <= lastWorking) list.Add(new(new NudgeStage(NudgeStageKind.WindowOpens), opens, lastWorking));
            if (closes > opens) list.Add(new(new NudgeStage(NudgeStageKind.WindowCloses, policy.WindowClosesWorkingDays), closes, lastWorking));
            return list;
        }

        foreach (var days in policy.WorkingDaysBefore.Where(d => d > 0).Distinct().OrderDescending())
            list.Add(new(new NudgeStage(NudgeStageKind.Before, days), calendar.AddWorkingDays(aim, -days), aim));
        list.Add(new(NudgeStage.DueDay, aim, aim));
        for (var day = 1; day <= policy.OverdueWorkingDays; day++)
            list.Add(new(new NudgeStage(NudgeStageKind.Overdue, day), calendar.AddWorkingDays(target.LastDay, day), aim));
        if (policy.Escalate)
            list.Add(new(NudgeStage.Escalation, calendar.AddWorkingDays(target.LastDay, policy.OverdueWorkingDays + 1), aim));
        return list;
    }

    /// <summary>The reminders of the target that go out on <paramref name="day"/> (none on a day off).</summary>
    public static IEnumerable<ScheduledNudge> On(DateOnly day, NudgeTarget target, NudgePolicy policy, IWorkingCalendar calendar) =>
        calendar.IsWorkingDay(day) ? For(target, policy, calendar).Where(n => n.Day == day) : [];

    /// <summary>
    /// The targets worth looking at on <paramref name="day"/>: those whose last day lies within this range around it
    /// (enough working days back for the escalation, forward for the first "before" reminder), so a planner can ask
    /// storage for a small window instead of every occurrence.
    /// </summary>
    public static (DateOnly From, DateOnly To) Horizon(DateOnly day, NudgePolicy policy, IWorkingCalendar calendar)
    {
        var back = policy.OverdueWorkingDays + 2;
        var ahead = policy.WorkingDaysBefore.DefaultIfEmpty(0).Max() + policy.WindowClosesWorkingDays + 2;
        // Holidays such as Tết add days, never working days: 3 calendar days per working day is ample.
        return (day.AddDays(-3 * back - 14), day.AddDays(3 * ahead + 14));
    }
}
