namespace DanVanBot.Domain.Time;

/// <summary>An inclusive range of calendar days (both ends count).</summary>
public readonly record struct DateWindow(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
    public bool Overlaps(DateWindow other) => From <= other.To && other.From <= To;
    public static DateWindow Day(DateOnly day) => new(day, day);
    public static DateWindow Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
    public override string ToString() => $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}";
}
