namespace DanVanBot.Domain.Plans.Deadlines;

/// <summary>
/// A deadline as a plan states it, before it is laid out on a calendar. Parsed from phrases such as
/// "trước ngày 10 tháng 6 hàng năm"; <see cref="Expand"/> turns it into the concrete occurrences of a plan period.
/// Working-day adjustments (holidays, weekends) are not applied here: that is the calendar's job.
/// </summary>
public abstract record DeadlineRule
{
    private protected DeadlineRule() { }

    /// <summary>The occurrences of this rule in the period, in date order. Empty when the rule has no calendar date.</summary>
    public abstract IReadOnlyList<Occurrence> Expand(PlanPeriod period);

    internal static string YearLabel(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A single dated deadline. <paramref name="LastDay"/> is the last allowed day ("trước ngày 01/5/2022" → 30/04/2022).</summary>
public sealed record OneOffDeadline(DateOnly LastDay) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) =>
        [new Occurrence(LastDay, null, null, YearLabel(LastDay.Year))];
}

/// <summary>
/// The same last allowed day every year of the plan period ("trước ngày 10 tháng 6 hàng năm" → Month 6, Day 9).
/// A day past the month's end is clamped, so Day 29 of February means 28/02 in common years
/// ("trước ngày 01/3 hàng năm").
/// </summary>
public sealed record YearlyDeadline(int Month, int Day) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) =>
        period.Years.Select(year => new Occurrence(
            new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month))), null, null, YearLabel(year))).ToList();
}

/// <summary>
/// A deadline in the last month of every quarter ("vào giữa các tháng cuối của mỗi quý" → day 15 of March, June,
/// September, December). <paramref name="DayOfLastMonth"/> is the last allowed day, clamped to the month's length.
/// </summary>
public sealed record QuarterlyDeadline(int DayOfLastMonth) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) =>
        (from year in period.Years
         from quarter in Enumerable.Range(1, 4)
         let month = quarter * 3
         let day = Math.Min(DayOfLastMonth, DateTime.DaysInMonth(year, month))
         select new Occurrence(new DateOnly(year, month, day), null, null, $"Quý {quarter}/{year}")).ToList();
}

/// <summary>An activity planned within a month ("dự kiến thực hiện kiểm tra trong tháng 10/2022" → 01/10–31/10/2022).</summary>
public sealed record MonthWindow(int Year, int Month) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period)
    {
        var from = new DateOnly(Year, Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        return [new Occurrence(to, from, to, $"Tháng {Month}/{Year}")];
    }
}

/// <summary>
/// An activity planned within a quarter ("tổ chức kiểm tra trong quý III/2025" → 01/07–30/09/2025).
/// <paramref name="Quarter"/> is 1–4; the last allowed day is the quarter's last day.
/// </summary>
public sealed record QuarterWindow(int Year, int Quarter) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period)
    {
        var from = new DateOnly(Year, Quarter * 3 - 2, 1);
        var to = from.AddMonths(3).AddDays(-1);
        return [new Occurrence(to, from, to, $"Quý {Quarter}/{Year}")];
    }
}

/// <summary>
/// An activity planned over a span that is neither one month nor one quarter: "kiểm tra từ tháng 9 đến tháng 10/2025",
/// a table's "Tháng 3 - 4", "6 tháng đầu năm". The last allowed day is <paramref name="To"/>.
/// </summary>
public sealed record SpanWindow(DateOnly From, DateOnly To) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) =>
        [new Occurrence(To, From, To, $"{From.ToString("dd/MM", System.Globalization.CultureInfo.InvariantCulture)}–{To.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}")];
}

/// <summary>
/// A periodic duty without a date ("định kỳ hàng quý, 6 tháng, năm"). Each occurrence names the reporting
/// period it covers (in its window) and has no last day: the coordinating office must set one.
/// </summary>
public sealed record CadenceOnly(Cadence Cadence) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) => CadencePeriods.Expand(Cadence, period);
}

/// <summary>
/// "trước 5 ngày làm việc": the deadline is N working days before an event named by <paramref name="Anchor"/>
/// (verbatim, may be empty when the plan does not say). Plans rarely date the event, so there are no occurrences.
/// </summary>
public sealed record WorkingDaysBefore(int WorkingDays, string Anchor) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) => [];
}

/// <summary>
/// "trong vòng 5 ngày làm việc (kể từ …)": at most N working days after an event named by <paramref name="Anchor"/>.
/// No calendar date of its own, so there are no occurrences.
/// </summary>
public sealed record WorkingDaysWithin(int WorkingDays, string Anchor) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) => [];
}

/// <summary>
/// The same day every month ("trước ngày 20 hằng tháng" → Day 19). <paramref name="Day"/> is the last allowed day,
/// clamped to the month's length.
/// </summary>
public sealed record MonthlyDeadline(int Day) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period) =>
        (from year in period.Years
         from month in Enumerable.Range(1, 12)
         select new Occurrence(new DateOnly(year, month, Math.Min(Day, DateTime.DaysInMonth(year, month))), null, null, $"Tháng {month}/{year}"))
        .ToList();
}

/// <summary>
/// A weekday that recurs: every week ("thứ Năm hằng tuần", <paramref name="WeeksOfMonth"/> empty), or the given weeks of
/// every month ("thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng" → 2 and 4: the second and fourth Thursday; -1 is
/// the last one, "tuần cuối cùng của tháng"). Each occurrence is that day.
/// </summary>
public sealed record WeekdayDeadline(DayOfWeek Weekday, IReadOnlyList<int> WeeksOfMonth) : DeadlineRule
{
    public override IReadOnlyList<Occurrence> Expand(PlanPeriod period)
    {
        var result = new List<Occurrence>();
        foreach (var year in period.Years)
        {
            for (var month = 1; month <= 12; month++)
            {
                var days = new List<DateOnly>(5);
                for (var day = new DateOnly(year, month, 1); day.Month == month; day = day.AddDays(1))
                    if (day.DayOfWeek == Weekday) days.Add(day);
                IEnumerable<DateOnly> chosen = WeeksOfMonth.Count == 0
                    ? days
                    : WeeksOfMonth.Select(n => n == -1 ? days[^1] : n >= 1 && n <= days.Count ? days[n - 1] : default)
                        .Where(d => d != default).Distinct().Order();
                result.AddRange(chosen.Select(d => new Occurrence(d, null, null, $"Tháng {month}/{year}")));
            }
        }
        return result;
    }

    public bool Equals(WeekdayDeadline? other) =>
        other is not null && Weekday == other.Weekday && WeeksOfMonth.SequenceEqual(other.WeeksOfMonth);

    public override int GetHashCode() => HashCode.Combine(Weekday, WeeksOfMonth.Count);
}
