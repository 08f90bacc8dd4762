namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/nudge.json</c>, one reminder. Texts are ready to show ("Thứ Sáu, 29/04/2022", "còn 3 ngày").
/// <see cref="NonWorkingNote"/> says when the last allowed day is a day off and which working day to aim for;
/// <see cref="StatusText"/> replaces the buttons once the unit has reported ("Đơn vị đã nộp").
/// <see cref="OccurrenceId"/> and <see cref="UnitId"/> are what "Báo cáo ngay" opens the report form for.
/// <see cref="Muted"/>: the person turned reminders of this obligation off ("Tắt nhắc việc này"); the card then offers
/// "Bật lại nhắc" instead of its other reminder buttons.
/// </summary>
public sealed record NudgeCardData(
    string NudgeId,
    string OccurrenceId,
    string UnitId,
    string Title,
    string Description,
    string UnitName,
    string DueDateText,
    string DaysText,
    string PlanReference,
    bool Overdue = false,
    string? NonWorkingNote = null,
    string? StatusText = null,
    bool ShowActions = true,
    bool Acknowledged = false,
    bool Muted = false);
