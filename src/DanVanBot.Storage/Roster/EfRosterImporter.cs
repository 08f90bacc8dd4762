using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Roster;

internal sealed class EfRosterImporter(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IRosterImporter
{
    public async Task<RosterImportReport> ImportAsync(
        IReadOnlyList<RosterImportRow> rows, RosterImportOptions options, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.NormalizedName, cancellationToken);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => (u.OrganisationId, u.NormalizedName), cancellationToken);
        var people = await db.People.ToListAsync(cancellationToken);
        var memberships = (await db.Memberships.AsNoTracking().Select(m => new { m.PersonId, m.UnitId, m.Role }).ToListAsync(cancellationToken))
            .Select(m => (m.PersonId, m.UnitId, m.Role)).ToHashSet();

        var check = new RosterImportCheck(people);
        var problems = new List<RosterImportProblem>();
        var valid = new List<(RosterImportRow Row, Guid UnitId, string UnitText)>();
        foreach (var row in rows)
        {
            var before = problems.Count;
            var unitId = Guid.Empty;
            if (!organisations.TryGetValue(NameKey.Normalize(row.Organisation), out var organisation))
                problems.Add(new(row.Line, "organisation", $"không có tổ chức “{row.Organisation}” trong danh bạ"));
            else if (!units.TryGetValue((organisation.Id, NameKey.Normalize(row.Unit)), out var unit))
                problems.Add(new(row.Line, "unit", $"không có đơn vị “{row.Unit}” trong {organisation.Name}"));
            else
                unitId = unit.Id;
            problems.AddRange(check.Identity(row, unitId));
            if (problems.Count == before) valid.Add((row, unitId, $"{row.Unit} ({row.Organisation})"));
        }

        var changes = new List<RosterImportChange>();
        var unchanged = 0;
        var apply = !options.DryRun && (problems.Count == 0 || options.SkipInvalid);
        var now = clock.GetUtcNow();
        foreach (var (row, unitId, unitText) in valid)
        {
            var (person, personChanges) = check.Resolve(row, now, db, apply);
            changes.AddRange(personChanges);
            if (person is not null && memberships.Contains((person.Id, unitId, row.Role)))
            {
                if (personChanges.Count == 0) unchanged++;
                continue;
            }
            var personId = person?.Id ?? Guid.Empty;
            memberships.Add((personId, unitId, row.Role));
            var grant = new RosterImportChange(row.Line, RosterChangeKind.Grant, $"cấp vai trò {row.Role.ToName()} tại {unitText} cho {row.Who}");
            changes.Add(grant);
            if (!apply) continue;
            db.Memberships.Add(new MembershipEntity
            {
                Id = Guid.NewGuid(), PersonId = personId, UnitId = unitId, Role = row.Role, GrantedAt = now, GrantedBy = options.Actor,
            });
        }

        if (apply && changes.Count > 0)
        {
            foreach (var change in changes)
            {
                db.AuditEntries.Add(AuditEntryEntity.From(new AuditEntry(options.Actor, null, "roster.import",
                    $"{options.Source} dòng {change.Line}: {change.Description}"), now));
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return new RosterImportReport(problems, changes, unchanged, apply && changes.Count > 0);
    }
}
