namespace DanVanBot.Domain.Reports;

/// <summary>
/// Where a unit stands for one occurrence (reporting.md): <see cref="OnTime"/> sent on or before the last allowed
/// day; <see cref="Late"/> sent after it; <see cref="NotYetDue"/> not sent, the day not yet passed;
/// <see cref="Overdue"/> not sent, the day passed.
/// </summary>
public enum ReportTimeliness
{
    OnTime,
    Late,
    NotYetDue,
    Overdue,
}

/// <summary>A unit's standing and, when late or overdue, by how many calendar days.</summary>
public readonly record struct ReportStanding(ReportTimeliness Timeliness, int DaysLate)
{
    public bool Submitted => Timeliness is ReportTimeliness.OnTime or ReportTimeliness.Late;

    /// <summary>
    /// The standing from the day the unit first sent the report (Vietnam date; an amendment does not make an on-time
    /// report late). A report for an occurrence without a day is on time; not sent, it is not yet due.
    /// </summary>
    public static ReportStanding Of(DateOnly? dueOn, DateOnly? firstSubmittedOn, DateOnly today)
    {
        if (firstSubmittedOn is { } sent)
        {
            return dueOn is { } due && sent > due
                ? new(ReportTimeliness.Late, sent.DayNumber - due.DayNumber)
                : new(ReportTimeliness.OnTime, 0);
        }
        return dueOn is { } last && today > last
            ? new(ReportTimeliness.Overdue, today.DayNumber - last.DayNumber)
            : new(ReportTimeliness.NotYetDue, 0);
    }
}
