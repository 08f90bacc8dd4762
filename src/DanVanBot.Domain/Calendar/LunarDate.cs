namespace DanVanBot.Domain.Calendar;

/// <summary>A day of the Vietnamese lunisolar calendar ("âm lịch").</summary>
/// <param name="Year">The lunar year, numbered as the solar year in which its first day (Tết) falls.</param>
/// <param name="Month">1–12; a leap month repeats the number of the month before it.</param>
/// <param name="Day">1–30.</param>
/// <param name="IsLeapMonth">True for days of the leap month ("tháng nhuận").</param>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth)
{
    /// <summary>Vietnamese rendering, e.g. "10/03/2025 âm lịch" or "05/06 nhuận/2025 âm lịch".</summary>
    public override string ToString() =>
        IsLeapMonth ? $"{Day:00}/{Month:00} nhuận/{Year} âm lịch" : $"{Day:00}/{Month:00}/{Year} âm lịch";
}
