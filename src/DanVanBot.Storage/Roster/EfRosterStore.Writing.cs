using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Roster;

/// <summary>The roster's writes; each one saves its audit entry in the same SaveChanges (one transaction).</summary>
internal sealed partial class EfRosterStore
{
    public async Task<RosterPerson?> LinkObjectIdAsync(PersonIdentity identity, CancellationToken cancellationToken = default)
    {
        if (identity.AadKey is not { } aad || identity.UpnKey is not { } upn) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.People.SingleOrDefaultAsync(p => p.Upn == upn && p.AadObjectId == null, cancellationToken);
        if (row is null) return null;
        row.AadObjectId = aad;
        Refresh(row, identity);
        db.AuditEntries.Add(AuditEntryEntity.From(
            new AuditEntry(aad, identity.DisplayName, "roster.link", $"Gắn mã đối tượng {aad} cho {upn} (lần đầu trò chuyện với trợ lý)"),
            clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return await LoadAsync(db, row, cancellationToken);
    }

    public async Task<GrantOutcome> GrantAsync(
        PersonIdentity person, Guid unitId, RosterRole role, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindOrAddPersonAsync(db, person, cancellationToken);
        if (await db.Memberships.AnyAsync(m => m.PersonId == row.Id && m.UnitId == unitId && m.Role == role, cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken); // a refreshed name or tenant is still worth keeping
            return GrantOutcome.AlreadyHeld;
        }

        AddMembership(db, row.Id, unitId, role, audit.Actor);
        // A grant answers the person's pending request for the same place and role.
        await db.JoinRequests
            .Where(r => r.PersonId == row.Id && r.UnitId == unitId && r.Role == role && r.Status == JoinRequestStatus.Pending)
            .ForEachAsync(r => (r.Status, r.DecidedAt, r.DecidedByName) = (JoinRequestStatus.Approved, clock.GetUtcNow(), audit.ActorName ?? audit.Actor), cancellationToken);
        db.AuditEntries.Add(AuditEntryEntity.From(audit, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return GrantOutcome.Granted;
    }

    public async Task<bool> RevokeAsync(Guid personId, Guid unitId, RosterRole role, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.Memberships.SingleOrDefaultAsync(m => m.PersonId == personId && m.UnitId == unitId && m.Role == role, cancellationToken);
        if (row is null) return false;
        db.Memberships.Remove(row);
        db.AuditEntries.Add(AuditEntryEntity.From(audit, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void AddMembership(DanVanDbContext db, Guid personId, Guid unitId, RosterRole role, string grantedBy) =>
        db.Memberships.Add(new MembershipEntity
        {
            Id = Guid.NewGuid(), PersonId = personId, UnitId = unitId, Role = role, GrantedAt = clock.GetUtcNow(), GrantedBy = grantedBy,
        });

    /// <summary>By object id, then by UPN (a row imported by UPN gets the object id), else a new row.</summary>
    private async Task<PersonEntity> FindOrAddPersonAsync(DanVanDbContext db, PersonIdentity identity, CancellationToken cancellationToken)
    {
        var (aad, upn) = (identity.AadKey, identity.UpnKey);
        if (aad is null && upn is null) throw new ArgumentException("A person needs an object id or a UPN.", nameof(identity));
        var row = aad is null ? null : await db.People.SingleOrDefaultAsync(p => p.AadObjectId == aad, cancellationToken);
        row ??= upn is null ? null : await db.People.SingleOrDefaultAsync(p => p.Upn == upn, cancellationToken);
        if (row is null)
        {
            row = new PersonEntity { Id = Guid.NewGuid(), AadObjectId = aad, Upn = upn, CreatedAt = clock.GetUtcNow() };
            db.People.Add(row);
        }
        else if (row.AadObjectId is null && aad is not null)
        {
            row.AadObjectId = aad;
        }
        else if (aad is not null && row.AadObjectId != aad)
        {
            throw new InvalidOperationException($"{upn} already belongs to another object id ({row.AadObjectId}).");
        }
        row.Upn ??= upn;
        Refresh(row, identity);
        return row;
    }

    private void Refresh(PersonEntity row, PersonIdentity identity)
    {
        if (!string.IsNullOrWhiteSpace(identity.DisplayName)) row.DisplayName = identity.DisplayName.Trim();
        if (!string.IsNullOrWhiteSpace(identity.TenantId)) row.TenantId = identity.TenantId.Trim().ToLowerInvariant();
        row.UpdatedAt = clock.GetUtcNow();
    }
}
