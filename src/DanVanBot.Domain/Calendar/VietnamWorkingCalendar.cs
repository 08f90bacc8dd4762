using System.Collections.Concurrent;

namespace DanVanBot.Domain.Calendar;

/// <summary>
/// Vietnam's working calendar for civil servants: Monday–Friday, minus the holidays of Labour Code 2019
/// art. 112 (computed for any year), replaced break by break by the official announced schedule, then
/// corrected day by day by administrator overrides. Each year is resolved once and cached, so lookups
/// are array reads; the instance is thread-safe. Build a new instance when the overrides change.
/// </summary>
public sealed class VietnamWorkingCalendar : IWorkingCalendar
{
    private readonly OfficialHolidaySchedule official;
    private readonly Dictionary<int, CalendarOverride[]> overridesByYear;
    private readonly ConcurrentDictionary<int, WorkingYear> years = new();

    public VietnamWorkingCalendar(IEnumerable<CalendarOverride>? overrides = null)
        : this(OfficialHolidaySchedule.Embedded, overrides)
    {
    }

    public VietnamWorkingCalendar(OfficialHolidaySchedule official, IEnumerable<CalendarOverride>? overrides = null)
    {
        this.official = official;
        overridesByYear = (overrides ?? [])
            .GroupBy(o => o.Day.Year)
            .ToDictionary(g => g.Key, g => g.ToArray());
    }

    public const int MinYear = LunisolarCalculator.MinYear;
    public const int MaxYear = LunisolarCalculator.MaxYear;

    public CalendarDay Describe(DateOnly day) => YearOf(day).Day(day.DayOfYear - 1);

    public bool IsWorkingDay(DateOnly day) => Describe(day).IsWorkingDay;

    /// <summary>The holiday or day-off name, "Thứ Bảy"/"Chủ nhật" for a plain weekend, null for a working day.</summary>
    public string? DayOffName(DateOnly day)
    {
        var described = Describe(day);
        if (described.IsWorkingDay) return null;
        return described.Name ?? (day.DayOfWeek == DayOfWeek.Saturday ? HolidayNames.Saturday : HolidayNames.Sunday);
    }

    public DateOnly LastWorkingDayOnOrBefore(DateOnly day) => IsWorkingDay(day) ? day : AddWorkingDays(day, -1);

    public DateOnly NextWorkingDayOnOrAfter(DateOnly day) => IsWorkingDay(day) ? day : AddWorkingDays(day, 1);

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="day"/> (before it when negative),
    /// not counting the day itself; 0 returns the day unchanged.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly day, int workingDays)
    {
        if (workingDays == 0) return day;
        var year = YearOf(day);
        int index = day.DayOfYear - 1;
        int needed = Math.Abs(workingDays);
        if (workingDays > 0)
        {
            int after = year.WorkingDayCount - year.WorkingDaysThrough(index);
            while (needed > after)
            {
                needed -= after;
                year = YearFor(year.Year + 1);
                index = -1;
                after = year.WorkingDayCount;
            }
            return DateAt(year, year.IndexOfWorkingDayNumber(year.WorkingDaysThrough(index) + needed));
        }

        int before = year.WorkingDaysThrough(index - 1);
        while (needed > before)
        {
            needed -= before;
            year = YearFor(year.Year - 1);
            before = year.WorkingDayCount;
        }
        return DateAt(year, year.IndexOfWorkingDayNumber(before - needed + 1));
    }

    /// <summary>Working days in [from, to], both ends counted; 0 when <paramref name="to"/> precedes <paramref name="from"/>.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        if (to < from) return 0;
        var first = YearOf(from);
        int fromIndex = from.DayOfYear - 1, toIndex = to.DayOfYear - 1;
        if (from.Year == to.Year) return first.WorkingDaysThrough(toIndex) - first.WorkingDaysThrough(fromIndex - 1);

        int count = first.WorkingDayCount - first.WorkingDaysThrough(fromIndex - 1);
        for (int year = from.Year + 1; year < to.Year; year++) count += YearFor(year).WorkingDayCount;
        return count + YearFor(to.Year).WorkingDaysThrough(toIndex);
    }

    /// <summary>Every day that is not an ordinary working day or weekend, in order (for listings and admin screens).</summary>
    public IEnumerable<CalendarDay> SpecialDays(int year)
    {
        var resolved = YearFor(year);
        for (int i = 0; i < resolved.Length; i++)
        {
            var day = resolved.Day(i);
            if (day.Kind is CalendarDayKind.DayOff or CalendarDayKind.MakeUpWorkingDay) yield return day;
        }
    }

    private static DateOnly DateAt(WorkingYear year, int index) => new DateOnly(year.Year, 1, 1).AddDays(index);

    private WorkingYear YearOf(DateOnly day) => YearFor(day.Year);

    private WorkingYear YearFor(int year)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"The working calendar covers {MinYear}–{MaxYear}.");
        }
        return years.GetOrAdd(year, y => new WorkingYear(
            y, official, overridesByYear.TryGetValue(y, out var corrections) ? corrections : []));
    }
}
