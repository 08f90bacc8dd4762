using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;

namespace DanVanBot.Storage.Roster;

/// <summary>
/// People, their roles in units, and join requests. Every change is written together with its audit entry, in one
/// transaction: a change without its trail, or a trail of something that did not happen, cannot be left behind.
/// </summary>
public interface IRosterStore
{
    /// <summary>The hot path of every turn: the person, their memberships and pending request, by Entra object id.</summary>
    Task<RosterPerson?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken = default);

    Task<RosterPerson?> FindByUpnAsync(string upn, CancellationToken cancellationToken = default);

    /// <summary>True when some person is known by UPN only (imported without an object id), i.e. linking may be needed.</summary>
    Task<bool> HasPeopleWithoutObjectIdAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives a UPN-only person their object id (and name, tenant); null when no such person waits to be linked.</summary>
    Task<RosterPerson?> LinkObjectIdAsync(PersonIdentity identity, CancellationToken cancellationToken = default);

    /// <summary>Memberships and pending requests, by organisation, unit and name; optionally one organisation only.</summary>
    Task<IReadOnlyList<RosterEntry>> ListAsync(Guid? organisationId = null, CancellationToken cancellationToken = default);

    /// <summary>People holding one of <paramref name="roles"/> in the unit.</summary>
    Task<IReadOnlyList<PersonRef>> ListInUnitAsync(Guid unitId, IReadOnlyCollection<RosterRole> roles, CancellationToken cancellationToken = default);

    /// <summary>People holding one of <paramref name="roles"/> in any unit of the organisation (coordinators, administrators).</summary>
    Task<IReadOnlyList<PersonRef>> ListInOrganisationAsync(
        Guid organisationId, IReadOnlyCollection<RosterRole> roles, CancellationToken cancellationToken = default);

    /// <summary>Creates the person when needed (found by object id, then UPN) and the membership when missing.</summary>
    Task<GrantOutcome> GrantAsync(
        PersonIdentity person, Guid unitId, RosterRole role, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <returns>False when the person did not hold that role there.</returns>
    Task<bool> RevokeAsync(Guid personId, Guid unitId, RosterRole role, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>Records a pending request (creating the person); an earlier pending request of theirs is superseded.</summary>
    Task<JoinRequestRecord> RequestJoinAsync(
        PersonIdentity person, Guid unitId, RosterRole role, string? conversationId, AuditEntry audit,
        CancellationToken cancellationToken = default);

    Task<JoinRequestRecord?> FindJoinRequestAsync(Guid requestId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Approves (granting the membership) or rejects a pending request. Two approvers answering at once: exactly one
    /// decides, the other gets <see cref="JoinDecisionOutcome.AlreadyDecided"/>.
    /// </summary>
    Task<JoinDecision> DecideJoinAsync(
        Guid requestId, bool approve, PersonRef decider, AuditEntry audit, CancellationToken cancellationToken = default);
}
