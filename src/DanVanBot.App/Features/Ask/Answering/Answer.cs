using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Who is asking: their organisation and unit when known. Without an organisation, "what is due" looks across
/// <see cref="Organisations"/> (the roster's answer to "whose plans may this person read"), or, when that is null
/// too (the command line), across every organisation. <see cref="IsCoordinator"/>: the asker coordinates (the roster
/// says so, or the command line asks as the organisation's coordinating office): answers cover every unit.
/// </summary>
internal sealed record Asker(Guid? OrganisationId, Guid? UnitId, bool IsCoordinator = false)
{
    public static Asker Unknown { get; } = new(null, null);

    public IReadOnlyList<Guid>? Organisations { get; init; }

    /// <summary>The unit whose duties an answer is limited to: none for a coordinator, who follows them all.</summary>
    public Guid? ScopeUnitId => IsCoordinator ? null : UnitId;

    /// <summary>
    /// The turn's asker, from the roster (never from a unit the person chose): a coordinator reads every unit of the
    /// organisations they may read (and "missing" covers those they coordinate); anyone else the unit they report for
    /// when there is exactly one, else the organisations they may read.
    /// </summary>
    public static Asker For(DanVanBot.Domain.Roster.CurrentUser user, QuestionIntent intent = QuestionIntent.Due)
    {
        var unit = user.SoleReportingUnit;
        if (user.CoordinatedOrganisations is { Count: > 0 } coordinated)
            return new Asker(null, unit?.UnitId, IsCoordinator: true)
            {
                Organisations = intent == QuestionIntent.Missing ? coordinated : user.ReadableOrganisations,
            };
        return unit is not null
            ? new Asker(unit.OrganisationId, unit.UnitId)
            : new Asker(null, null) { Organisations = user.ReadableOrganisations };
    }
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
    Guid PlanId,
    string Description,
    IReadOnlyList<string> UnitNames,
    DateOnly? DueOn,
    string? PlanNumber,
    string PlanTitle,
    string? Section,
    bool IsWorkingDay = true,
    DateOnly? LastWorkingDayBefore = null,
    AskerReportStatus? AskerStatus = null,
    bool IsHoliday = false,
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

    /// <summary>
    /// Tasks, missing, and due narrowed to a named unit: the unit(s) the answer is about; for tasks, empty when the
    /// asker's unit is unknown and none was named.
    /// </summary>
    public IReadOnlyList<string> UnitNames { get; init; } = [];

    /// <summary>Tasks: the unit name as the question gave it (folded), when one was named.</summary>
    public string? UnitMention { get; init; }

    /// <summary>Deadline: the report kind asked about (null: any report).</summary>
    public Cadence? ReportCadence { get; init; }

    /// <summary>Search: the plans found.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; init; } = [];

    /// <summary>Tasks: no period was named, so only plans in force were looked at (the answer says so).</summary>
    public bool OnlyPlansInForce { get; init; }

    /// <summary>Missing: how many occurrences fell due in the window (0: nothing was due, which is not "all submitted").</summary>
    public int DueCount { get; init; }

    /// <summary>Missing: the asker is not the coordinating office, so the answer is their own unit's standing.</summary>
    public bool OwnUnitOnly { get; init; }

    /// <summary>The asker must choose a unit first (missing reports for someone the bot does not know yet).</summary>
    public bool NeedsUnit { get; init; }

    /// <summary>Deadline asked as a confirmation ("… trước 10/6 phải không?"): yes or no, and the right last day.</summary>
    public ConfirmationVerdict? Confirmation { get; init; }

    /// <summary>Workdays: the day reached, the working days counted, or whether a day is worked, with its reasoning.</summary>
    public WorkdayResult? Workdays { get; init; }
}
