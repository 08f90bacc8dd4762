using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Reports;

internal sealed class EfReportStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IReportStore
{
    public async Task<UnitReportStatus> SubmitAsync(ReportSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        try
        {
            return await WriteAsync(submission, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submissions for the same pair raced and both tried to insert; the id is derived from the pair,
            // so the loser now finds the winner's row and updates it.
            return await WriteAsync(submission, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<UnitReportStatus>> GetStatusAsync(Guid occurrenceId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var owing = await (
                from occurrence in db.Occurrences
                where occurrence.Id == occurrenceId
                join link in db.ObligationUnits on occurrence.ObligationId equals link.ObligationId
                join unit in db.Units on link.UnitId equals unit.Id
                select new { unit.Id, unit.Name, unit.IsGroup, link.Position })
            .ToListAsync(cancellationToken);
        var groupIds = owing.Where(u => u.IsGroup).Select(u => u.Id).ToList();
        var members = await db.Units.AsNoTracking().Where(u => u.ParentUnitId != null && groupIds.Contains(u.ParentUnitId.Value))
            .Select(u => new { u.Id, u.Name, Group = u.ParentUnitId!.Value }).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.OccurrenceId == occurrenceId).ToListAsync(cancellationToken);

        var expected = new List<(Guid Id, string Name, Guid? Group)>();
        foreach (var unit in owing.OrderBy(u => u.Position))
        {
            var ofGroup = members.Where(m => m.Group == unit.Id).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
            if (ofGroup.Count == 0)
            {
                expected.Add((unit.Id, unit.Name, null));
            }
            else
            {
                expected.AddRange(ofGroup.Select(m => (m.Id, m.Name, (Guid?)m.Group)));
            }
        }

        return expected.DistinctBy(e => e.Id).Select(e =>
        {
            var report = reports.FirstOrDefault(r => r.UnitId == e.Id);
            return new UnitReportStatus(e.Id, e.Name, e.Group, report?.Status, report?.SubmittedAt, report?.SubmittedByName);
        }).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, bool>> GetSubmittedByUnitAsync(
        Guid unitId, IReadOnlyCollection<Guid> occurrenceIds, CancellationToken cancellationToken = default)
    {
        if (occurrenceIds.Count == 0) return new Dictionary<Guid, bool>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.ParentUnitId }).FirstOrDefaultAsync(cancellationToken);
        if (unit is null) return new Dictionary<Guid, bool>();

        var owners = unit.ParentUnitId is { } group ? new[] { unit.Id, group } : [unit.Id];
        var ids = occurrenceIds.Distinct().ToList();
        var owed = await (
                from occurrence in db.Occurrences
                where ids.Contains(occurrence.Id)
                join link in db.ObligationUnits on occurrence.ObligationId equals link.ObligationId
                where owners.Contains(link.UnitId)
                select occurrence.Id)
            .Distinct().ToListAsync(cancellationToken);
        var submitted = (await db.Reports.AsNoTracking()
                .Where(r => r.UnitId == unitId && ids.Contains(r.OccurrenceId) && r.Status == ReportStatus.Submitted)
                .Select(r => r.OccurrenceId).ToListAsync(cancellationToken))
            .ToHashSet();
        return owed.ToDictionary(id => id, submitted.Contains);
    }

    private async Task<UnitReportStatus> WriteAsync(ReportSubmission submission, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var row = await db.Reports.SingleOrDefaultAsync(
            r => r.OccurrenceId == submission.OccurrenceId && r.UnitId == submission.UnitId, cancellationToken);
        if (row is null)
        {
            row = new ReportEntity
            {
                Id = NameKey.StableId("report", submission.OccurrenceId.ToString(), submission.UnitId.ToString()),
                OccurrenceId = submission.OccurrenceId, UnitId = submission.UnitId,
            };
            db.Reports.Add(row);
        }

        (row.Status, row.Content, row.UpdatedAt) = (submission.Status, submission.Content, now);
        (row.SubmittedByAadObjectId, row.SubmittedByName) = (submission.SubmittedByAadObjectId, submission.SubmittedByName);
        row.SubmittedAt = submission.Status == ReportStatus.Submitted ? now : null;
        await db.SaveChangesAsync(cancellationToken);
        var unit = await db.Units.Where(u => u.Id == row.UnitId).Select(u => new { u.Name, u.ParentUnitId })
            .SingleAsync(cancellationToken);
        return new UnitReportStatus(row.UnitId, unit.Name, unit.ParentUnitId, row.Status, row.SubmittedAt, row.SubmittedByName);
    }
}
