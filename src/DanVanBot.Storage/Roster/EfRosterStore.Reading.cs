using DanVanBot.Domain.Roster;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Roster;

/// <summary>The roster's reads: the per-turn lookup (indexed, no tracking) and the lists.</summary>
internal sealed partial class EfRosterStore(IDbContextFactory<DanVanDbContext> contexts, TimeProvider clock) : IRosterStore
{
    public async Task<RosterPerson?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default)
    {
        var key = PersonIdentity.Key(aadObjectId);
        if (key is null) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.People.AsNoTracking().Where(p => p.AadObjectId == key).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : await LoadAsync(db, row, cancellationToken);
    }

    public async Task<RosterPerson?> FindByUpnAsync(string upn, CancellationToken cancellationToken = default)
    {
        var key = PersonIdentity.Key(upn);
        if (key is null) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.People.AsNoTracking().Where(p => p.Upn == key).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : await LoadAsync(db, row, cancellationToken);
    }

    public async Task<bool> HasPeopleWithoutObjectIdAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.AnyAsync(p => p.AadObjectId == null && p.Upn != null, cancellationToken);
    }

    public async Task<IReadOnlyList<RosterEntry>> ListAsync(Guid? organisationId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await (
                from m in db.Memberships
                join p in db.People on m.PersonId equals p.Id
                join u in db.Units on m.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                where organisationId == null || o.Id == organisationId
                select new RosterEntry(p.Upn, p.AadObjectId, p.DisplayName, o.Name, u.Name, m.Role, "active"))
            .AsNoTracking().ToListAsync(cancellationToken);
        var pending = await (
                from r in db.JoinRequests
                where r.Status == JoinRequestStatus.Pending
                join p in db.People on r.PersonId equals p.Id
                join u in db.Units on r.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                where organisationId == null || o.Id == organisationId
                select new RosterEntry(p.Upn, p.AadObjectId, p.DisplayName, o.Name, u.Name, r.Role, "pending"))
            .AsNoTracking().ToListAsync(cancellationToken);
        return active.Concat(pending)
            .OrderBy(e => e.Organisation, StringComparer.Ordinal).ThenBy(e => e.Unit, StringComparer.Ordinal)
            .ThenBy(e => e.Name ?? e.Upn ?? e.AadObjectId, StringComparer.Ordinal).ThenBy(e => e.Role).ToList();
    }

    public async Task<IReadOnlyList<PersonRef>> ListInUnitAsync(
        Guid unitId, IReadOnlyCollection<RosterRole> roles, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from m in db.Memberships
                where m.UnitId == unitId && roles.Contains(m.Role)
                join p in db.People on m.PersonId equals p.Id
                select new PersonRef(p.Id, p.AadObjectId, p.Upn, p.DisplayName))
            .AsNoTracking().Distinct().ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PersonRef>> ListInOrganisationAsync(
        Guid organisationId, IReadOnlyCollection<RosterRole> roles, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from m in db.Memberships
                where roles.Contains(m.Role)
                join u in db.Units on m.UnitId equals u.Id
                where u.OrganisationId == organisationId
                join p in db.People on m.PersonId equals p.Id
                select new PersonRef(p.Id, p.AadObjectId, p.Upn, p.DisplayName))
            .AsNoTracking().Distinct().ToListAsync(cancellationToken);
    }

    public async Task<JoinRequestRecord?> FindJoinRequestAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ReadJoinRequestAsync(db, requestId, cancellationToken);
    }

    private static async Task<RosterPerson> LoadAsync(DanVanDbContext db, PersonEntity person, CancellationToken cancellationToken)
    {
        var memberships = await (
                from m in db.Memberships
                where m.PersonId == person.Id
                join u in db.Units on m.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new RosterMembership(new Membership(u.Id, u.Name, o.Id, o.Name, m.Role), o.TenantId))
            .AsNoTracking().ToListAsync(cancellationToken);
        var pending = await (
                from r in db.JoinRequests
                where r.PersonId == person.Id && r.Status == JoinRequestStatus.Pending
                join u in db.Units on r.UnitId equals u.Id
                join o in db.Organisations on u.OrganisationId equals o.Id
                select new PendingJoin(r.Id, u.Id, u.Name, o.Id, o.Name, r.Role))
            .AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return new RosterPerson(person.Id, person.AadObjectId, person.Upn, person.DisplayName, person.TenantId, memberships, pending);
    }

    private static Task<JoinRequestRecord?> ReadJoinRequestAsync(DanVanDbContext db, Guid requestId, CancellationToken cancellationToken) =>
        (from r in db.JoinRequests
         where r.Id == requestId
         join p in db.People on r.PersonId equals p.Id
         join u in db.Units on r.UnitId equals u.Id
         join o in db.Organisations on u.OrganisationId equals o.Id
         select new JoinRequestRecord(r.Id, new PersonRef(p.Id, p.AadObjectId, p.Upn, p.DisplayName), u.Id, u.Name, o.Id, o.Name,
             r.Role, r.Status, r.ConversationId, r.DecidedByName))
        .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
}
