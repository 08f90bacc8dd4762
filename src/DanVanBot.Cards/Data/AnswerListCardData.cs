namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/answer-list.json</c>: one page of any list answer (due, deadline, tasks, search, missing), so
/// every list looks the same. <see cref="Heading"/> says what the list is; <see cref="Note"/> (optional) says what it
/// leaves out; <see cref="EmptyText"/> and <see cref="NextDeadline"/> fill an empty page; <see cref="MoreToken"/> adds
/// "Xem thêm".
/// </summary>
public sealed record AnswerListCardData(
    string Heading,
    IReadOnlyList<AnswerListItem> Items,
    string? Note = null,
    string? EmptyText = null,
    NextDeadline? NextDeadline = null,
    string? MoreToken = null);

/// <summary>The next deadline after an empty period.</summary>
public sealed record NextDeadline(string Description, string DueDateText, string? UnitName = null);

/// <summary>
/// One line of a list answer: one duty (or plan), its dates grouped. Texts are ready to show; they come from
/// <see cref="DatePhrases"/> so every date reads the same way. <see cref="Organisation"/> is set only when the answer
/// spans several organisations. <see cref="SubmittedOnText"/> is the day the asker's unit first sent its report;
/// <see cref="ReportOccurrenceId"/> adds a "Báo cáo" button when the asker's unit owes the line's focus occurrence.
/// </summary>
public sealed record AnswerListItem(
    string Title,
    string Reference,
    string? Organisation = null,
    string? Units = null,
    string? DatesText = null,
    string? DueText = null,
    DueTiming? Timing = null,
    string? TimingText = null,
    string? DayOffNote = null,
    string? MissingUnits = null,
    UnitReportStatus? AskerStatus = null,
    string? SubmittedOnText = null,
    string? ReportOccurrenceId = null);

/// <summary>Where the line's nearest date stands; <see cref="Undated"/> for a duty still waiting for a date.</summary>
public enum DueTiming
{
    Upcoming,
    Today,
    Overdue,
    Undated,
}

/// <summary>Whether the asker's own unit has reported for this line: đã nộp, chưa nộp, quá hạn (not sent, day passed), nộp trễ.</summary>
public enum UnitReportStatus
{
    Submitted,
    NotSubmitted,
    Late,
    SubmittedLate,
}
