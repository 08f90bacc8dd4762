using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Who is asking: their organisation and unit when known. Without an organisation, "what is due" looks across
/// <see cref="Organisations"/> (the roster's answer to "whose plans may this person read"), or, when that is null
/// too (the command line), across every organisation.
/// </summary>
internal sealed record Asker(Guid? OrganisationId, Guid? UnitId)
{
    public static Asker Unknown { get; } = new(null, null);

    public IReadOnlyList<Guid>? Organisations { get; init; }

    /// <summary>The turn's asker: the unit they report for when there is exactly one, and the organisations they may read.</summary>
    public static Asker For(DanVanBot.Domain.Roster.CurrentUser user) => user.SoleReportingUnit is { } unit
        ? new Asker(unit.OrganisationId, unit.UnitId)
        : new Asker(null, null) { Organisations = user.ReadableOrganisations };

    /// <summary>The coordinating office's view: every organisation the person coordinates.</summary>
    public static Asker Coordinating(DanVanBot.Domain.Roster.CurrentUser user) =>
        new(null, null) { Organisations = user.CoordinatedOrganisations };
}

/// <summary>Where the asker's own unit stands for one item (shown as đã nộp / nộp trễ / chưa nộp / trễ hạn).</summary>
internal enum AskerReportStatus
{
    /// <summary>Sent on or before the last day.</summary>
    Submitted,
    NotSubmitted,

    /// <summary>Not sent, and the last day has passed.</summary>
    Late,

    /// <summary>Sent after the last day.</summary>
    SubmittedLate,
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
    AskerReportStatus? AskerStatus = null,
    DateOnly? SubmittedOn = null)
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
}
