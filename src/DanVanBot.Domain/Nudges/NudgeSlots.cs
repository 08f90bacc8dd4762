using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Nudges;

/// <summary>Vietnam-local times of the reminder policy turned into instants, and "the next slot" for a snooze.</summary>
public static class NudgeSlots
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>The instant of <paramref name="time"/> on <paramref name="day"/> in Vietnam (UTC+7 all year, no DST).</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time) =>
        new DateTimeOffset(day.ToDateTime(time), VietnamOffset).ToUniversalTime();

    public static (DateOnly Day, TimeOnly Time) Local(DateTimeOffset instant)
    {
        var local = instant.ToOffset(VietnamOffset);
        return (DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The first snooze slot strictly after <paramref name="now"/> on a working day.</summary>
    public static DateTimeOffset NextSlot(DateTimeOffset now, NudgePolicy policy, IWorkingCalendar calendar)
    {
        var (day, time) = Local(now);
        var slots = policy.SnoozeSlots.Count > 0 ? policy.SnoozeSlots.Order().ToList() : [policy.SendAt];
        if (calendar.IsWorkingDay(day))
        {
            foreach (var slot in slots.Where(s => s > time)) return At(day, slot);
        }
        return At(calendar.AddWorkingDays(day, 1), slots[0]);
    }

    /// <summary>The next instant at or after <paramref name="now"/> when the day's reminders go out (a working day at SendAt).</summary>
    public static DateTimeOffset NextSendTime(DateTimeOffset now, NudgePolicy policy, IWorkingCalendar calendar)
    {
        var (day, time) = Local(now);
        if (calendar.IsWorkingDay(day) && time <= policy.SendAt) return At(day, policy.SendAt);
        return At(calendar.AddWorkingDays(day, 1), policy.SendAt);
    }
}
