using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

/// <summary>"Đã nộp / chưa nộp" per unit, for the answers that list deadlines.</summary>
internal sealed partial class EfReportStore
{
    public async Task<IReadOnlyList<UnitReportStatus>> GetStatusAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owing = (await OwingUnits.ForAsync(db, [occurrenceId], cancellationToken))[occurrenceId].ToList();
        var reports = await (
                from report in db.Reports.AsNoTracking()
                where report.OccurrenceId == occurrenceId
                join revision in db.ReportRevisions on new { report.Id, Version = report.CurrentVersion }
                    equals new { Id = revision.ReportId, revision.Version } into revisions
                from revision in revisions.DefaultIfEmpty()
                select new { report.UnitId, report.Status, report.SubmittedAt, AuthorName = revision == null ? null : revision.AuthorName })
            .ToListAsync(cancellationToken);
        var byUnit = reports.ToDictionary(r => r.UnitId);
        return owing.Select(unit => byUnit.TryGetValue(unit.UnitId, out var report)
                ? new UnitReportStatus(unit.UnitId, unit.UnitName, unit.GroupUnitId, report.Status, report.SubmittedAt, report.AuthorName)
                : new UnitReportStatus(unit.UnitId, unit.UnitName, unit.GroupUnitId, null, null, null))
            .ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, bool>> GetSubmittedByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default) =>
        (await GetSubmittedAtByUnitAsync(unitId, occurrenceIds, cancellationToken)).ToDictionary(p => p.Key, p => p.Value is not null);

    public async Task<IReadOnlyDictionary<Guid, DateTimeOffset?>> GetSubmittedAtByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(occurrenceIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owed = await OwingUnits.OwedByAsync(db, unitId, occurrenceIds, cancellationToken);
        if (owed.Count == 0) return new Dictionary<Guid, DateTimeOffset?>();
        var sent = await db.Reports.AsNoTracking()
            .Where(r => r.UnitId == unitId && owed.Contains(r.OccurrenceId) && r.CurrentVersion > 0 && r.Status != ReportStatus.Draft)
            .Select(r => new { r.OccurrenceId, r.SubmittedAt }).ToListAsync(cancellationToken);
        var byOccurrence = sent.ToDictionary(s => s.OccurrenceId, s => s.SubmittedAt);
        return owed.ToDictionary(id => id, id => byOccurrence.GetValueOrDefault(id));
    }
}
