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
        var units = unitIds.Distinct().ToList();
        // A report turn asks for one unit. Asked as a list, PostgreSQL's plan for the prepared statement (a generic
        // plan: it does not know the list has one element) read every report of the occurrence and filtered them,
        // 34 buffers where the (occurrence, unit) index needs 3 (EXPLAIN ANALYZE with the bench's 600 reports).
        var ofUnits = units is [var only] ? db.Reports.Where(r => r.UnitId == only) : db.Reports.Where(r => units.Contains(r.UnitId));
        // The occurrence and the asked units' current reports in one query: every report turn asks this, and on a
        // database server each query is a round trip.
        var rows = await (
                from occurrence in OccurrenceRows(db, o => o.Id == occurrenceId, includeRetired: true)
                from report in ofUnits.Where(r => r.OccurrenceId == occurrence.Id).DefaultIfEmpty()
                from revision in db.ReportRevisions.Where(v => v.ReportId == report.Id && v.Version == report.CurrentVersion).DefaultIfEmpty()
                select new
                {
                    occurrence,
                    report,
                    // As CurrentReportsAsync reads it without content: the text columns are not read.
                    Revision = revision == null ? null : new ReportRevisionEntity
                    {
                        ReportId = revision.ReportId, Version = revision.Version, Results = string.Empty,
                        SubmittedAt = revision.SubmittedAt, AuthorAadObjectId = revision.AuthorAadObjectId, AuthorName = revision.AuthorName,
                    },
                })
            .AsNoTracking().ToListAsync(cancellationToken);
        if (rows.Count == 0) return null;
        var reports = rows.Where(r => r.report != null).Select(r => Current(r.report, r.Revision, withContent: false)).ToList();
        return (await AssembleAsync(db, [ToCompliance(rows[0].occurrence)], today, includeContent: false, cancellationToken, units, reports))[0];
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
        OccurrenceRows(db, filter, includeRetired).Select(o => new ComplianceOccurrence(o.Id, o.OrganisationId, o.OrganisationName, o.PlanId,
            o.PlanNumber, o.PlanTitle, o.Description, o.Label, o.DueOn, o.ConsolidatedAt, o.SectionPath));

    private static ComplianceOccurrence ToCompliance(OccurrenceRow o) =>
        new(o.Id, o.OrganisationId, o.OrganisationName, o.PlanId, o.PlanNumber, o.PlanTitle, o.Description, o.Label, o.DueOn,
            o.ConsolidatedAt, o.SectionPath);

    /// <summary>The occurrences as rows a query can go on from (a record built by its constructor cannot be composed).</summary>
    private static IQueryable<OccurrenceRow> OccurrenceRows(
        DanVanDbContext db, System.Linq.Expressions.Expression<Func<OccurrenceEntity, bool>> filter, bool includeRetired) =>
        from occurrence in db.Occurrences.AsNoTracking().Where(filter)
        where includeRetired || !occurrence.IsRetired
        join obligation in db.Obligations on occurrence.ObligationId equals obligation.Id
        where includeRetired || !obligation.IsRetired
        join plan in db.Plans on obligation.PlanId equals plan.Id
        join organisation in db.Organisations on occurrence.OrganisationId equals organisation.Id
        join consolidation in db.ReportConsolidations on occurrence.Id equals consolidation.OccurrenceId into consolidations
        from consolidation in consolidations.DefaultIfEmpty()
        select new OccurrenceRow
        {
            Id = occurrence.Id, OrganisationId = occurrence.OrganisationId, OrganisationName = organisation.Name, PlanId = plan.Id,
            PlanNumber = plan.Number, PlanTitle = plan.Title, Description = obligation.Description, Label = occurrence.Label,
            DueOn = occurrence.DueOn, ConsolidatedAt = consolidation == null ? null : (DateTimeOffset?)consolidation.ConsolidatedAt,
            SectionPath = obligation.SectionPath,
        };

    private static List<ComplianceOccurrence> Ordered(IEnumerable<ComplianceOccurrence> occurrences) =>
        occurrences.OrderBy(o => o.DueOn).ThenBy(o => o.PlanTitle, StringComparer.Ordinal).ThenBy(o => o.Description, StringComparer.Ordinal)
            .ThenBy(o => o.Label, StringComparer.Ordinal).ToList();

    /// <param name="known">The current reports when the caller read them already (for <paramref name="onlyUnits"/>).</param>
    private static async Task<IReadOnlyList<OccurrenceCompliance>> AssembleAsync(
        DanVanDbContext db, List<ComplianceOccurrence> occurrences, DateOnly today, bool includeContent, CancellationToken cancellationToken,
        IReadOnlyCollection<Guid>? onlyUnits = null, List<CurrentReport>? known = null)
    {
        if (occurrences.Count == 0) return [];
        var ids = occurrences.Select(o => o.OccurrenceId).ToList();
        var owing = await OwingUnits.ForAsync(db, ids, onlyUnits, cancellationToken);
        var reports = (known ?? await CurrentReportsAsync(db, ids, includeContent, onlyUnits?.Distinct().ToList(), cancellationToken))
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

    /// <summary>An occurrence with what a compliance answer shows of it, as a query row.</summary>
    private sealed class OccurrenceRow
    {
        public Guid Id { get; init; }
        public Guid OrganisationId { get; init; }
        public required string OrganisationName { get; init; }
        public Guid PlanId { get; init; }
        public string? PlanNumber { get; init; }
        public required string PlanTitle { get; init; }
        public required string Description { get; init; }
        public required string Label { get; init; }
        public DateOnly? DueOn { get; init; }
        public DateTimeOffset? ConsolidatedAt { get; init; }
        public required string SectionPath { get; init; }
    }

    private sealed record CurrentReport(
        Guid OccurrenceId, Guid UnitId, Guid ReportId, ReportStatus Status, int Version, DateTimeOffset? FirstSubmittedAt,
        DateTimeOffset? CurrentSubmittedAt, ReportAuthor? Author, ReportContent? Content);
}
