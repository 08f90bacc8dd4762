using DanVanBot.Domain.Reports;

namespace DanVanBot.Storage.Reports;

/// <summary>
/// An occurrence as compliance answers, exports and reminders show it. <paramref name="SectionPath"/> is where the plan sets
/// the obligation ("IV.3"): the consolidated report groups results by it.
/// </summary>
public sealed record ComplianceOccurrence(
    Guid OccurrenceId,
    Guid OrganisationId,
    string OrganisationName,
    Guid PlanId,
    string? PlanNumber,
    string PlanTitle,
    string Description,
    string Label,
    DateOnly? DueOn,
    DateTimeOffset? ConsolidatedAt,
    string SectionPath = "");

/// <summary>
/// One owing unit for one occurrence: its standing (đúng hạn / trễ hạn n ngày / chưa nộp / quá hạn chưa nộp), and,
/// once it has reported, the current version with its author and time (content only when asked for).
/// </summary>
public sealed record UnitCompliance(
    Guid UnitId,
    string UnitName,
    Guid? GroupUnitId,
    ReportStanding Standing,
    ReportStatus? Status,
    Guid? ReportId,
    int CurrentVersion,
    DateTimeOffset? FirstSubmittedAt,
    DateTimeOffset? CurrentSubmittedAt,
    ReportAuthor? CurrentAuthor,
    ReportContent? CurrentContent);

/// <summary>Every owing unit of one occurrence, in the plan's order.</summary>
public sealed record OccurrenceCompliance(ComplianceOccurrence Occurrence, IReadOnlyList<UnitCompliance> Units)
{
    public int Count(ReportTimeliness timeliness) => Units.Count(u => u.Standing.Timeliness == timeliness);

    public IEnumerable<UnitCompliance> With(ReportTimeliness timeliness) => Units.Where(u => u.Standing.Timeliness == timeliness);
}

/// <summary>The deadlines on either side of a period that had none (so an answer never says "mọi đơn vị đã nộp" for nothing).</summary>
public sealed record NearestDeadlines(ComplianceOccurrence? Previous, ComplianceOccurrence? Next);

/// <summary>
/// The query side of reports for the coordinating office, exports (issue 11) and reminders (issue 12). Standings are
/// computed for <c>today</c> (Vietnam date) and from each unit's first submission.
/// </summary>
public interface IReportCompliance
{
    /// <summary>Every dated occurrence of the organisation whose last day falls in <paramref name="period"/>, by date.</summary>
    Task<IReadOnlyList<OccurrenceCompliance>> ForPeriodAsync(
        Guid organisationId, Domain.Time.DateWindow period, DateOnly today, bool includeContent = false, CancellationToken cancellationToken = default);

    /// <summary>One occurrence, dated or not; null when it does not exist.</summary>
    Task<OccurrenceCompliance?> ForOccurrenceAsync(
        Guid occurrenceId, DateOnly today, bool includeContent = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// One occurrence with only the given units among its owing ones (those that do not owe it are left out): what a
    /// report turn about one unit needs, at a cost that does not grow with the thousands of units a province has.
    /// </summary>
    Task<OccurrenceCompliance?> ForUnitsAsync(
        Guid occurrenceId, IReadOnlyCollection<Guid> unitIds, DateOnly today, CancellationToken cancellationToken = default);

    /// <summary>Has the unit sent (at least one version of) its report for the occurrence? A returned report has been sent.</summary>
    Task<bool> HasReportedAsync(Guid unitId, Guid occurrenceId, CancellationToken cancellationToken = default);

    /// <summary>The last deadline before the period and the first after it, for an empty answer.</summary>
    Task<NearestDeadlines> NearestAsync(Guid organisationId, Domain.Time.DateWindow period, CancellationToken cancellationToken = default);
}
