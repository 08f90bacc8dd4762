using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.Storage.Roster;

/// <summary>
/// A person the roster knows. Found by the Entra object id Teams sends with every activity; a row imported with
/// only a UPN gets its object id the first time the person talks to the bot (the Connector's member API tells the
/// UPN). Both keys are stored lower case.
/// </summary>
internal sealed class PersonEntity
{
    public Guid Id { get; set; }
    public string? AadObjectId { get; set; }
    public string? Upn { get; set; }
    public string? DisplayName { get; set; }
    public string? TenantId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<MembershipEntity> Memberships { get; set; } = [];
}

/// <summary>One role of a person in one unit; unique per (person, unit, role).</summary>
internal sealed class MembershipEntity
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid UnitId { get; set; }
    public RosterRole Role { get; set; }
    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>Who granted it: an object id, "cli:…" or "import:FILE".</summary>
    public string? GrantedBy { get; set; }

    public PersonEntity? Person { get; set; }
    public UnitEntity? Unit { get; set; }
}

public enum JoinRequestStatus
{
    Pending,
    Approved,
    Rejected,
    /// <summary>The person asked for another unit ("đổi đơn vị") before anyone decided.</summary>
    Superseded,
}

/// <summary>A person's request, from chat, to join a unit; decided by the unit's head or a coordinator.</summary>
internal sealed class JoinRequestEntity
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid UnitId { get; set; }
    public RosterRole Role { get; set; }
    public JoinRequestStatus Status { get; set; }
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>The requester's conversation: where the decision is announced.</summary>
    public string? ConversationId { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
    public Guid? DecidedByPersonId { get; set; }
    public string? DecidedByName { get; set; }

    public PersonEntity? Person { get; set; }
    public UnitEntity? Unit { get; set; }
}
