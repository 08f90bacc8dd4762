namespace DanVanBot.Domain.Calendar;

/// <summary>
/// Vietnam's lunar calendar (âm lịch), computed astronomically for UTC+7 as Vietnam has done since 1968.
/// Valid for solar years 1800–2199; results are cached per lunar year, so repeated calls are cheap.
/// </summary>
public static class LunarCalendar
{
    public static readonly TimeSpan VietnamUtcOffset = TimeSpan.FromHours(7);

    private static readonly LunisolarCalculator Vietnam = new(VietnamUtcOffset);

    /// <summary>The solar (Gregorian) date of a lunar date; throws when that leap month or day does not exist.</summary>
    public static DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth = false) =>
        Vietnam.ToSolar(lunarYear, lunarMonth, lunarDay, isLeapMonth);

    public static LunarDate FromSolar(DateOnly date) => Vietnam.FromSolar(date);

    /// <summary>29 or 30.</summary>
    public static int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth = false) =>
        Vietnam.DaysInMonth(lunarYear, lunarMonth, isLeapMonth);

    /// <summary>The leap month of a lunar year (e.g. 6 for 2025), or 0 when it has none.</summary>
    public static int LeapMonth(int lunarYear) => Vietnam.LeapMonth(lunarYear);

    /// <summary>Mùng 1 Tết: the first day of lunar year <paramref name="lunarYear"/>.</summary>
    public static DateOnly LunarNewYear(int lunarYear) => Vietnam.ToSolar(lunarYear, 1, 1, false);
}
