using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// A chat message understood. <see cref="Window"/> is the period asked about (inclusive days);
/// for <see cref="QuestionIntent.Due"/> it is never null (no time expression means the next 30 days).
/// <see cref="UnitMention"/> is the folded name of a unit the message names ("phong noi vu");
/// null means the asker's own unit or none. <see cref="Year"/> is a calendar year the message names
/// (explicitly or as "năm nay/sau/ngoái"). <see cref="Keywords"/> are the leftover content words,
/// folded, grouped into phrases ("quy che dan chu"). <see cref="Normalized"/> is the folded,
/// expanded, typo-corrected token text the rules ran on.
/// </summary>
public sealed record Question(
    QuestionIntent Intent,
    DateWindow? Window,
    ReportPeriodKind? Report,
    int? Quarter,
    string? UnitMention,
    string? PlanNumber,
    int? Year,
    IReadOnlyList<string> Keywords,
    string Normalized)
{
    /// <summary>
    /// The unit named is where something is sent ("gửi báo cáo cho phòng nội vụ", "nộp lên UBND"), not whose
    /// duties are asked about.
    /// </summary>
    public bool UnitIsRecipient { get; init; }

    /// <summary>An activity the message names, folded ("kiem tra", "hoi nghi doi thoai"); "hoat dong" for any activity.</summary>
    public string? Activity { get; init; }

    /// <summary>
    /// For a confirmation ("báo cáo 6 tháng gửi trước 10/6 phải không?"): the last day the asker believes
    /// (09/06: "trước 10/6" leaves the 9th as the last day). Null when the message asks no confirmation of a day.
    /// </summary>
    public DateOnly? ClaimedDay { get; init; }

    /// <summary>
    /// For a confirmation that names a period rather than a day ("tháng này hết hạn bc 6 tháng đúng không",
    /// "chậm nhất cuối tháng 11 đúng chưa"): the period the asker believes the last day falls in.
    /// </summary>
    public DateWindow? ClaimedPeriod { get; init; }

    /// <summary>True for a yes/no confirmation question ("… phải không?", "… đúng chưa?", "… rồi hả?").</summary>
    public bool IsConfirmation { get; init; }

    /// <summary>Day arithmetic asked in the message ("họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?").</summary>
    public DayCount? DayCount { get; init; }

    /// <summary>The asker wants how many days are left ("còn mấy ngày", "bao lâu nữa").</summary>
    public bool AsksDaysLeft { get; init; }

    /// <summary>The asker wants a form or template ("cho xin biểu mẫu báo cáo quý").</summary>
    public bool AsksForForm { get; init; }

    /// <summary>Which cues decided the intent and the window (the CLI's <c>--explain</c>).</summary>
    public QuestionExplanation Explanation { get; init; } = QuestionExplanation.None;
}

/// <summary>
/// <paramref name="Days"/> days (working days when <paramref name="WorkingDays"/>) counted from <paramref name="From"/>,
/// backwards when <paramref name="Backward"/>; <paramref name="Result"/> is the day reached on the working calendar.
/// </summary>
public sealed record DayCount(DateOnly From, int Days, bool WorkingDays, bool Backward, DateOnly Result);

/// <summary>
/// Why a message was understood as it was: the rule that chose the intent with the cue words that fired it
/// (folded, as matched), and where the window came from with the words it was read from.
/// </summary>
public sealed record QuestionExplanation(string IntentRule, IReadOnlyList<string> IntentCues, string WindowRule, string? WindowWords)
{
    public static QuestionExplanation None { get; } = new(string.Empty, [], string.Empty, null);
}
