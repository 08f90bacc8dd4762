using System.Collections.Concurrent;

namespace DanVanBot.Domain.Calendar;

/// <summary>
/// The lunisolar rules, evaluated for one civil time zone: a month begins on the local day of a new moon;
/// month 11 is the month containing the winter solstice (sun at 270°); when 13 months separate two
/// months 11, the first of them without a major solar term (sun crossing a multiple of 30°) is the
/// leap month and repeats the previous number. The zone matters: Vietnam computes in UTC+7 and China in
/// UTC+8, so a new moon or solar term near midnight can move a month (e.g. Tết 2007: 17/02 vs 18/02).
/// </summary>
internal sealed class LunisolarCalculator(TimeSpan utcOffset)
{
    public const int MinYear = 1800;
    public const int MaxYear = 2199;

    /// <summary>Julian Day Number of 0001-01-01 (proleptic Gregorian), i.e. JDN = DateOnly.DayNumber + this.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    private readonly double offsetDays = utcOffset.TotalDays;
    private readonly ConcurrentDictionary<int, LunarYearLayout> layouts = new();

    public LunarDate FromSolar(DateOnly date)
    {
        int julianDay = ToJulianDay(date);
        var layout = LayoutEndingBeforeMonth11Of(date.Year);
        if (julianDay >= layout.EndDay)
        {
            layout = LayoutEndingBeforeMonth11Of(date.Year + 1);
        }
        int index = layout.MonthIndexContaining(julianDay);
        var label = layout.Labels[index];
        return new LunarDate(label.Year, label.Month, julianDay - layout.MonthStarts[index] + 1, label.IsLeap);
    }

    public DateOnly ToSolar(int lunarYear, int lunarMonth, int lunarDay, bool isLeapMonth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarMonth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarMonth, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(lunarDay, 1);
        var (layout, index) = FindMonth(lunarYear, lunarMonth, isLeapMonth)
            ?? throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(isLeapMonth));
        int length = layout.MonthStarts[index + 1] - layout.MonthStarts[index];
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lunarDay, length);
        return FromJulianDay(layout.MonthStarts[index] + lunarDay - 1);
    }

    public int DaysInMonth(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        var (layout, index) = FindMonth(lunarYear, lunarMonth, isLeapMonth)
            ?? throw new ArgumentException($"Lunar year {lunarYear} has no leap month {lunarMonth}.", nameof(isLeapMonth));
        return layout.MonthStarts[index + 1] - layout.MonthStarts[index];
    }

    /// <summary>The number of the leap month of a lunar year, or 0 when the year has none.</summary>
    public int LeapMonth(int lunarYear)
    {
        // Months 1–10 and their leap twins sit in the layout of the same number; a leap 11 or 12 in the next one.
        foreach (var layout in new[] { LayoutEndingBeforeMonth11Of(lunarYear), LayoutEndingBeforeMonth11Of(lunarYear + 1) })
        {
            foreach (var label in layout.Labels)
            {
                if (label.IsLeap && label.Year == lunarYear) return label.Month;
            }
        }
        return 0;
    }

    private (LunarYearLayout Layout, int Index)? FindMonth(int lunarYear, int lunarMonth, bool isLeapMonth)
    {
        // Months 11 and 12 of lunar year Y follow the winter solstice of solar year Y.
        var layout = LayoutEndingBeforeMonth11Of(lunarMonth >= 11 ? lunarYear + 1 : lunarYear);
        for (int i = 0; i < layout.Labels.Length; i++)
        {
            var label = layout.Labels[i];
            if (label.Year == lunarYear && label.Month == lunarMonth && label.IsLeap == isLeapMonth) return (layout, i);
        }
        return null;
    }

    /// <summary>The months from month 11 of lunar year Y−1 up to (not including) month 11 of lunar year Y.</summary>
    private LunarYearLayout LayoutEndingBeforeMonth11Of(int solarYear)
    {
        if (solarYear < MinYear || solarYear > MaxYear + 1)
        {
            throw new ArgumentOutOfRangeException(nameof(solarYear), solarYear,
                $"The lunar calendar is computed for {MinYear}–{MaxYear} only.");
        }
        return layouts.GetOrAdd(solarYear, BuildLayout);
    }

    private LunarYearLayout BuildLayout(int solarYear)
    {
        int first = Month11NewMoonIndex(solarYear - 1);
        int count = Month11NewMoonIndex(solarYear) - first;
        var starts = new int[count + 1];
        for (int i = 0; i <= count; i++) starts[i] = NewMoonDay(first + i);

        int leapOffset = count == 13 ? FirstMonthWithoutMajorTerm(starts) : -1;
        var labels = new LunarMonthLabel[count];
        int year = solarYear - 1, month = 11;
        labels[0] = new LunarMonthLabel(year, month, false);
        for (int i = 1; i < count; i++)
        {
            if (i == leapOffset)
            {
                labels[i] = new LunarMonthLabel(year, month, true);
                continue;
            }
            month++;
            if (month == 13)
            {
                month = 1;
                year = solarYear;
            }
            labels[i] = new LunarMonthLabel(year, month, false);
        }
        return new LunarYearLayout(starts, labels);
    }

    private int FirstMonthWithoutMajorTerm(int[] starts)
    {
        // A month lacks a major term when the sun is in the same 30° sector at its start and at the next month's start.
        for (int i = 1; i < starts.Length - 1; i++)
        {
            if (MajorTermSector(starts[i]) == MajorTermSector(starts[i + 1])) return i;
        }
        return -1;
    }

    /// <summary>Index of the new moon that starts the month containing the winter solstice of <paramref name="solarYear"/>.</summary>
    private int Month11NewMoonIndex(int solarYear)
    {
        int december31 = ToJulianDay(new DateOnly(solarYear, 12, 31));
        int k = (int)Math.Floor((december31 - LunarAstronomy.NewMoonEpoch) / LunarAstronomy.SynodicMonth);
        while (NewMoonDay(k + 1) <= december31) k++;
        while (NewMoonDay(k) > december31) k--;
        // In December the sun is between about 248° and 280°, so no wrap-around to worry about here.
        while (SunLongitudeAtStartOf(NewMoonDay(k)) >= 270.0) k--;
        return k;
    }

    private int NewMoonDay(int k) => (int)Math.Floor(LunarAstronomy.NewMoonUniversalTime(k) + 0.5 + offsetDays);

    private int MajorTermSector(int julianDay) => (int)(SunLongitudeAtStartOf(julianDay) / 30.0);

    private double SunLongitudeAtStartOf(int julianDay) => LunarAstronomy.SunLongitude(julianDay - 0.5 - offsetDays);

    private static int ToJulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - JulianDayOfDayNumberZero);
}
