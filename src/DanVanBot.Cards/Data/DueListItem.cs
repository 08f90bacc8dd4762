namespace DanVanBot.Cards.Data;

/// <summary>
/// One deadline in the due list. Texts are ready to show (dates as "Thứ Ba, 24/11/2026"); <see cref="Days"/> is the
/// count behind "còn N ngày" / "quá hạn N ngày". A non-working last day adds "24/11 là ngày nghỉ — nên nộp trước ngày …".
/// <see cref="ReportOccurrenceId"/> adds a "Báo cáo" button when the asker's unit owes the item.
/// </summary>
public sealed record DueListItem(
    string Description,
    string UnitName,
    string DueDateText,
    DueTiming Timing,
    int Days,
    string PlanNumber,
    string? Section = null,
    string? NonWorkingDayMonth = null,
    string? SubmitByText = null,
    UnitReportStatus? AskerStatus = null,
    string? ReportOccurrenceId = null,
    string? SubmittedOnText = null)
{
    /// <summary>
    /// Builds an item from dates. <paramref name="submitBy"/> is the last working day before a due date that falls on a
    /// day off (null when the due date is a working day).
    /// </summary>
    public static DueListItem Create(
        string description,
        string unitName,
        DateOnly dueDate,
        DateOnly today,
        string planNumber,
        string? section = null,
        DateOnly? submitBy = null,
        UnitReportStatus? askerStatus = null)
    {
        var daysLeft = dueDate.DayNumber - today.DayNumber;
        var timing = daysLeft switch
        {
            > 0 => DueTiming.Upcoming,
            0 => DueTiming.Today,
            _ => DueTiming.Overdue,
        };
        return new DueListItem(
            description,
            unitName,
            VietnameseDates.WeekdayAndDate(dueDate),
            timing,
            Math.Abs(daysLeft),
            planNumber,
            section,
            submitBy is null ? null : VietnameseDates.DayMonth(dueDate),
            submitBy is { } day ? VietnameseDates.Date(day) : null,
            askerStatus);
    }
}
