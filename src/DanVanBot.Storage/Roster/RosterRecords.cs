using DanVanBot.Domain.Roster;

namespace DanVanBot.Storage.Roster;

/// <summary>Who a person is, as a channel or a file tells it. Keys are compared lower case.</summary>
public sealed record PersonIdentity(string? AadObjectId, string? Upn, string? DisplayName = null, string? TenantId = null)
{
    public string? AadKey => Key(AadObjectId);
    public string? UpnKey => Key(Upn);

    public static string? Key(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}

/// <summary>A membership with the tenant of its organisation (memberships of another tenant are not honoured).</summary>
public sealed record RosterMembership(Membership Membership, string? OrganisationTenantId);

/// <summary>A person as the per-turn resolver needs them.</summary>
public sealed record RosterPerson(
    Guid PersonId,
    string? AadObjectId,
    string? Upn,
    string? DisplayName,
    string? TenantId,
    IReadOnlyList<RosterMembership> Memberships,
    PendingJoin? PendingJoin);

/// <summary>A person to tell something (an approver, a requester).</summary>
public sealed record PersonRef(Guid PersonId, string? AadObjectId, string? Upn, string? DisplayName);

/// <summary>One line of <c>roster list</c>: a membership, or a pending join request (status "pending").</summary>
public sealed record RosterEntry(
    string? Upn, string? AadObjectId, string? Name, string Organisation, string Unit, RosterRole Role, string Status);

public sealed record JoinRequestRecord(
    Guid RequestId,
    PersonRef Person,
    Guid UnitId,
    string UnitName,
    Guid OrganisationId,
    string OrganisationName,
    RosterRole Role,
    JoinRequestStatus Status,
    string? ConversationId,
    string? DecidedByName);

public enum JoinDecisionOutcome
{
    Approved,
    Rejected,
    /// <summary>Someone decided first (or the person asked for another unit): nothing changed.</summary>
    AlreadyDecided,
    NotFound,
}

public sealed record JoinDecision(JoinDecisionOutcome Outcome, JoinRequestRecord? Request);

public enum GrantOutcome
{
    Granted,
    AlreadyHeld,
}
