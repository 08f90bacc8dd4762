using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>The kind of period a time expression names; report names are inferred from it.</summary>
internal enum PeriodUnit
{
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    NineMonths,
    Year,
    /// <summary>Any other stretch of days: ranges, "cuối tháng", "30 ngày tới".</summary>
    Span,
    /// <summary>"sắp tới": the default look-ahead, weaker than any other expression.</summary>
    Upcoming,
}

/// <summary>A time expression found at tokens [Start, Start+Length).</summary>
/// <param name="Year">The calendar year named explicitly or relatively, when the expression pins one.</param>
internal readonly record struct TimeMatch(int Start, int Length, DateWindow Window, PeriodUnit Unit, int? Year = null, int? Quarter = null)
{
    public int End => Start + Length;
    public TimeMatch At(int start, int length) => this with { Start = start, Length = length };
}
