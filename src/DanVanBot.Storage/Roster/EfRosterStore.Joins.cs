using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage.Roster;

/// <summary>Join requests: asking for a unit from chat, and the unit head's or coordinator's decision.</summary>
internal sealed partial class EfRosterStore
{
    public async Task<JoinRequestRecord> RequestJoinAsync(
        PersonIdentity person, Guid unitId, RosterRole role, string? conversationId, AuditEntry audit,
        CancellationToken cancellationToken = default)
    {
        if (!role.IsRequestable()) throw new ArgumentException($"The {role} role is granted, never requested.", nameof(role));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await FindOrAddPersonAsync(db, person, cancellationToken);
        await db.JoinRequests.Where(r => r.PersonId == row.Id && r.Status == JoinRequestStatus.Pending)
            .ForEachAsync(r => (r.Status, r.DecidedAt) = (JoinRequestStatus.Superseded, clock.GetUtcNow()), cancellationToken);
        var request = new JoinRequestEntity
        {
            Id = Guid.NewGuid(), PersonId = row.Id, UnitId = unitId, Role = role, Status = JoinRequestStatus.Pending,
            RequestedAt = clock.GetUtcNow(), ConversationId = conversationId,
        };
        db.JoinRequests.Add(request);
        db.AuditEntries.Add(AuditEntryEntity.From(audit, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return (await ReadJoinRequestAsync(db, request.Id, cancellationToken))!;
    }

    public async Task<JoinDecision> DecideJoinAsync(
        Guid requestId, bool approve, PersonRef decider, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var status = approve ? JoinRequestStatus.Approved : JoinRequestStatus.Rejected;
        var now = clock.GetUtcNow();
        Guid? deciderId = decider.PersonId == Guid.Empty ? null : decider.PersonId; // a configured administrator may have no row
        return await ResilientTransaction.RunAsync(db, async ct =>
        {
            // The conditional update is the claim: of two approvers pressing at once, only one changes a pending row.
            var claimed = await db.JoinRequests
                .Where(r => r.Id == requestId && r.Status == JoinRequestStatus.Pending)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.Status, status)
                    .SetProperty(r => r.DecidedAt, now)
                    .SetProperty(r => r.DecidedByPersonId, deciderId)
                    .SetProperty(r => r.DecidedByName, decider.DisplayName ?? decider.Upn), ct);
            var request = await ReadJoinRequestAsync(db, requestId, ct);
            if (request is null) return new JoinDecision(JoinDecisionOutcome.NotFound, null);
            if (claimed == 0) return new JoinDecision(JoinDecisionOutcome.AlreadyDecided, request);

            if (approve && !await db.Memberships.AnyAsync(
                    m => m.PersonId == request.Person.PersonId && m.UnitId == request.UnitId && m.Role == request.Role, ct))
            {
                AddMembership(db, request.Person.PersonId, request.UnitId, request.Role, audit.Actor);
            }
            db.AuditEntries.Add(AuditEntryEntity.From(audit, now));
            await db.SaveChangesAsync(ct);
            return new JoinDecision(approve ? JoinDecisionOutcome.Approved : JoinDecisionOutcome.Rejected, request);
        }, cancellationToken);
    }
}
