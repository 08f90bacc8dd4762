using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Who is asking: their organisation and unit when known. An unknown organisation makes "what is due"
/// look across every organisation, so a brand-new user still gets an answer.
/// </summary>
internal sealed record Asker(Guid? OrganisationId, Guid? UnitId)
{
    public static Asker Unknown { get; } = new(null, null);
}

/// <summary>Where the asker's own unit stands for one item (shown as đã nộp / chưa nộp / trễ hạn).</summary>
internal enum AskerReportStatus
{
    Submitted,
    NotSubmitted,
    Late,
}

/// <summary>
/// One thing to show: a dated occurrence or (for tasks) an undated duty. <see cref="LastWorkingDayBefore"/>
/// is set only when <see cref="DueOn"/> is not a working day: reminders aim at it.
/// </summary>
internal sealed record AnswerItem(
    Guid OccurrenceId,
    string Description,
    IReadOnlyList<string> UnitNames,
    DateOnly? DueOn,
    string? PlanNumber,
    string PlanTitle,
    string? Section,
    bool IsWorkingDay = true,
    DateOnly? LastWorkingDayBefore = null,
    AskerReportStatus? AskerStatus = null)
{
    public string UnitText => string.Join(", ", UnitNames);
}

/// <summary>
/// The answer to one question, free of any Teams type so the bot and the CLI share it.
/// <see cref="Window"/> is the period the items were looked up in (for deadlines: the report's period).
/// </summary>
internal sealed record Answer(QuestionIntent Intent, DateWindow? Window, IReadOnlyList<AnswerItem> Items)
{
    /// <summary>When <see cref="Items"/> is empty: the next deadline after the window, if any.</summary>
    public AnswerItem? NextDeadline { get; init; }

    /// <summary>The asker may not see this answer (the missing-reports list outside the Nội vụ office).</summary>
    public bool NotAllowed { get; init; }

    /// <summary>Tasks: the unit(s) the answer is about; empty when the asker's unit is unknown and none was named.</summary>
    public IReadOnlyList<string> UnitNames { get; init; } = [];

    /// <summary>Tasks: the unit name as the question gave it (folded), when one was named.</summary>
    public string? UnitMention { get; init; }

    /// <summary>Deadline: the report kind asked about (null: any report).</summary>
    public Cadence? ReportCadence { get; init; }

    /// <summary>Search: the plans found.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    /// <summary>Deadline asked as a confirmation ("… trước 10/6 phải không?"): yes or no, and the right last day.</summary>
    public ConfirmationVerdict? Confirmation { get; init; }

    /// <summary>Workdays: the day reached, the working days counted, or whether a day is worked, with its reasoning.</summary>
    public WorkdayResult? Workdays { get; init; }
}
