using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

/// <summary>
/// Occurrences × owing units with their standing, in a fixed number of queries whatever the number of units (a
/// province has thousands): the occurrences, the owing units (<see cref="OwingUnits"/>), and the reports with their
/// current revision.
/// </summary>
internal sealed class EfReportCompliance(IDbContextFactory<DanVanDbContext> contexts) : IReportCompliance
{
    public async Task<IReadOnlyList<OccurrenceCompliance>> ForPeriodAsync(
        Guid organisationId, DateWindow period, DateOnly today, bool includeContent = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occurrences = await Occurrences(db, o => o.OrganisationId == organisationId && o.DueOn >= period.From && o.DueOn <= period.To)
            .ToListAsync(cancellationToken);
        return await AssembleAsync(db, Ordered(occurrences), today, includeContent, cancellationToken);
    }

    public async Task<OccurrenceCompliance?> ForOccurrenceAsync(
        Guid occurrenceId, DateOnly today, bool includeContent = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occurrence = await Occurrences(db, o => o.Id == occurrenceId, includeRetired: true).SingleOrDefaultAsync(cancellationToken);
        return occurrence is null ? null : (await AssembleAsync(db, [occurrence], today, includeContent, cancellationToken))[0];
    }

    public async Task<OccurrenceCompliance?> ForUnitsAsync(
        Guid occurrenceId, IReadOnlyCollection<Guid> unitIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var occurrence = await Occurrences(db, o => o.Id == occurrenceId, includeRetired: true).SingleOrDefaultAsync(cancellationToken);
        return occurrence is null ? null : (await AssembleAsync(db, [occurrence], today, includeContent: false, cancellationToken, unitIds))[0];
    }

    public async Task<bool> HasReportedAsync(Guid unitId, Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Reports.AnyAsync(
            r => r.OccurrenceId == occurrenceId && r.UnitId == unitId && r.CurrentVersion > 0 && r.Status != ReportStatus.Draft,
            cancellationToken);
    }

    public async Task<NearestDeadlines> NearestAsync(Guid organisationId, DateWindow period, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Occurrences.Where(o => o.OrganisationId == organisationId && !o.IsRetired && o.DueOn != null
                                             && db.Obligations.Any(b => b.Id == o.ObligationId && !b.IsRetired));
        var before = await live.Where(o => o.DueOn < period.From).OrderByDescending(o => o.DueOn).Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var after = await live.Where(o => o.DueOn > period.To).OrderBy(o => o.DueOn).Select(o => (Guid?)o.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return new NearestDeadlines(await OneAsync(db, before, cancellationToken), await OneAsync(db, after, cancellationToken));
    }

    private static async Task<ComplianceOccurrence?> OneAsync(DanVanDbContext db, Guid? occurrenceId, CancellationToken cancellationToken) =>
        occurrenceId is { } id ? await Occurrences(db, o => o.Id == id).SingleOrDefaultAsync(cancellationToken) : null;

    private static IQueryable<ComplianceOccurrence> Occurrences(
        DanVanDbContext db, System.Linq.Expressions.Expression<Func<OccurrenceEntity, bool>> filter, bool includeRetired = false) =>
        from occurrence in db.Occurrences.AsNoTracking().Where(filter)
        where includeRetired || !occurrence.IsRetired
        join obligation in db.Obligations on occurrence.ObligationId equals obligation.Id
        where includeRetired || !obligation.IsRetired
        join plan in db.Plans on obligation.PlanId equals plan.Id
        join organisation in db.Organisations on occurrence.OrganisationId equals organisation.Id
        join consolidation in db.ReportConsolidations on occurrence.Id equals consolidation.OccurrenceId into consolidations
        from consolidation in consolidations.DefaultIfEmpty()
        select new ComplianceOccurrence(occurrence.Id, occurrence.OrganisationId, organisation.Name, plan.Id, plan.Number, plan.Title,
            obligation.Description, occurrence.Label, occurrence.DueOn,
            consolidation == null ? null : (DateTimeOffset?)consolidation.ConsolidatedAt, obligation.SectionPath);

    private static List<ComplianceOccurrence> Ordered(IEnumerable<ComplianceOccurrence> occurrences) =>
        occurrences.OrderBy(o => o.DueOn).ThenBy(o => o.PlanTitle, StringComparer.Ordinal).ThenBy(o => o.Description, StringComparer.Ordinal)
            .ThenBy(o => o.Label, StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<OccurrenceCompliance>> AssembleAsync(
        DanVanDbContext db, List<ComplianceOccurrence> occurrences, DateOnly today, bool includeContent, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? onlyUnits = null)
    {
        if (occurrences.Count == 0) return [];
        var ids = occurrences.Select(o => o.OccurrenceId).ToList();
        var owing = await OwingUnits.ForAsync(db, ids, onlyUnits, cancellationToken);
        var reports = (await CurrentReportsAsync(db, ids, includeContent, onlyUnits?.Distinct().ToList(), cancellationToken))
            .ToDictionary(r => (r.OccurrenceId, r.UnitId));

        return occurrences.Select(occurrence => new OccurrenceCompliance(occurrence, owing[occurrence.OccurrenceId].Select(unit =>
        {
            var report = reports.GetValueOrDefault((occurrence.OccurrenceId, unit.UnitId));
            var sent = report is { Version: > 0, Status: not ReportStatus.Draft } ? report.FirstSubmittedAt : null;
            var standing = ReportStanding.Of(occurrence.DueOn, sent is { } at ? VietnamTime.DateOf(at) : null, today);
            return new UnitCompliance(unit.UnitId, unit.UnitName, unit.GroupUnitId, standing, report?.Status, report?.ReportId,
                report?.Version ?? 0, sent, report?.CurrentSubmittedAt, report?.Author, report?.Content);
        }).ToList())).ToList();
    }

    private static async Task<List<CurrentReport>> CurrentReportsAsync(
        DanVanDbContext db, List<Guid> occurrenceIds, bool includeContent, List<Guid>? onlyUnits, CancellationToken cancellationToken)
    {
        var reportsOf = db.Reports.AsNoTracking().Where(r => occurrenceIds.Contains(r.OccurrenceId));
        if (onlyUnits is not null) reportsOf = reportsOf.Where(r => onlyUnits.Contains(r.UnitId));
        var rows = from report in reportsOf
                   join revision in db.ReportRevisions on new { report.Id, Version = report.CurrentVersion }
                       equals new { Id = revision.ReportId, revision.Version } into revisions
                   from revision in revisions.DefaultIfEmpty()
                   select new { report, revision };
        if (includeContent)
        {
            return (await rows.ToListAsync(cancellationToken)).Select(r => Current(r.report, r.revision, withContent: true)).ToList();
        }
        // Without content the revision's text columns are never read.
        return (await rows.Select(r => new
                {
                    r.report,
                    Revision = r.revision == null ? null : new ReportRevisionEntity
                    {
                        ReportId = r.revision.ReportId, Version = r.revision.Version, Results = string.Empty,
                        SubmittedAt = r.revision.SubmittedAt, AuthorAadObjectId = r.revision.AuthorAadObjectId, AuthorName = r.revision.AuthorName,
                    },
                })
                .ToListAsync(cancellationToken))
            .Select(r => Current(r.report, r.Revision, withContent: false)).ToList();
    }

    private static CurrentReport Current(ReportEntity report, ReportRevisionEntity? revision, bool withContent) =>
        new(report.OccurrenceId, report.UnitId, report.Id, report.Status, report.CurrentVersion, report.SubmittedAt,
            revision?.SubmittedAt, revision is null ? null : new ReportAuthor(revision.AuthorAadObjectId, revision.AuthorName),
            withContent && revision is not null
                ? new ReportContent(revision.Results, revision.Progress, revision.PercentComplete, revision.Difficulties, revision.Proposals,
                    revision.DocumentReference)
                : null);

    private sealed record CurrentReport(
        Guid OccurrenceId, Guid UnitId, Guid ReportId, ReportStatus Status, int Version, DateTimeOffset? FirstSubmittedAt,
        DateTimeOffset? CurrentSubmittedAt, ReportAuthor? Author, ReportContent? Content);
}
