namespace DanVanBot.Domain.Calendar;

internal readonly record struct LunarMonthLabel(int Year, int Month, bool IsLeap);

/// <summary>
/// The 12 or 13 lunar months between two winter-solstice months: their first days as Julian Day Numbers
/// (with one extra entry, the first day after the last month) and their labels.
/// </summary>
internal sealed record LunarYearLayout(int[] MonthStarts, LunarMonthLabel[] Labels)
{
    public int EndDay => MonthStarts[^1];

    public int MonthIndexContaining(int julianDay)
    {
        for (int i = Labels.Length - 1; i >= 0; i--)
        {
            if (MonthStarts[i] <= julianDay) return i;
        }
        throw new ArgumentOutOfRangeException(nameof(julianDay), julianDay, "Day precedes this lunar layout.");
    }
}
