namespace DanVanBot.Domain.Plans.Deadlines;

/// <summary>
/// The calendar years a plan covers, both ends included: a yearly plan has FromYear == ToYear,
/// a "giai đoạn 2022 - 2026" plan has 2022..2026. Rules without a stated year repeat over it.
/// </summary>
public sealed record PlanPeriod
{
    public PlanPeriod(int fromYear, int toYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fromYear, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(toYear, fromYear);
        FromYear = fromYear;
        ToYear = toYear;
    }

    public int FromYear { get; }
    public int ToYear { get; }

    public static PlanPeriod SingleYear(int year) => new(year, year);

    public bool IsSingleYear => FromYear == ToYear;

    public IEnumerable<int> Years => Enumerable.Range(FromYear, ToYear - FromYear + 1);

    public void Deconstruct(out int fromYear, out int toYear)
    {
        fromYear = FromYear;
        toYear = ToYear;
    }

    public override string ToString() => IsSingleYear ? $"{FromYear}" : $"{FromYear}–{ToYear}";
}
