namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/due-list.json</c>, one page of deadlines. <see cref="PeriodLabel"/> completes
/// "Đến hạn trong …" (e.g. "tháng 11/2026"); <see cref="MoreToken"/> adds the "Xem thêm" button;
/// <see cref="NextDeadline"/> is named in the empty state.
/// </summary>
public sealed record DueListCardData(
    string PeriodLabel,
    IReadOnlyList<DueListItem> Items,
    string? MoreToken = null,
    NextDeadline? NextDeadline = null);

/// <summary>The next deadline after an empty period.</summary>
public sealed record NextDeadline(string Description, string DueDateText, string? UnitName = null);

public enum DueTiming
{
    Upcoming,
    Today,
    Overdue,
}

/// <summary>Whether the asker's own unit has reported for this item: đã nộp, chưa nộp, trễ hạn (not sent, day passed), nộp trễ.</summary>
public enum UnitReportStatus
{
    Submitted,
    NotSubmitted,
    Late,
    SubmittedLate,
}
