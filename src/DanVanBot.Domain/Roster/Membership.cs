namespace DanVanBot.Domain.Roster;

/// <summary>One role of a person in one unit, with the names callers show.</summary>
public sealed record Membership(
    Guid UnitId,
    string UnitName,
    Guid OrganisationId,
    string OrganisationName,
    RosterRole Role);

/// <summary>A person's request to join a unit, waiting for the unit's head or a coordinator.</summary>
public sealed record PendingJoin(Guid RequestId, Guid UnitId, string UnitName, Guid OrganisationId, string OrganisationName, RosterRole Role);
