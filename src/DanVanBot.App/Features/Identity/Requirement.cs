using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Identity;

/// <summary>What a route needs of the person who sent the turn.</summary>
internal enum Need
{
    /// <summary>Anyone in a served tenant (help, welcome, the fallback answer).</summary>
    Anyone,
    /// <summary>A person Teams identifies (an Entra object id), even one the roster does not know yet.</summary>
    Person,
    /// <summary>A member (any reporting role) of the scope's unit, or of some unit when there is no scope.</summary>
    Member,
    /// <summary>A coordinator of the scope's organisation, or of some organisation when there is no scope.</summary>
    Coordinator,
    /// <summary>Someone who may decide the join request the scope describes.</summary>
    Approver,
    /// <summary>An administrator of the scope's organisation, or of some organisation when there is no scope.</summary>
    Administrator,
}

/// <summary>The organisation, unit and role a turn acts on, as a route's scope locator found them.</summary>
internal sealed record AccessScope(Guid? OrganisationId, string? OrganisationName = null, Guid? UnitId = null, string? UnitName = null, RosterRole? Role = null);

/// <summary>Finds what the turn acts on (a plan's organisation, a request's unit); null when it no longer exists.</summary>
internal delegate Task<AccessScope?> ScopeLocator(TurnContext turn, CurrentUser user);

/// <summary>A route's access rule: a need, and optionally where it applies.</summary>
internal sealed record Requirement(Need Need, ScopeLocator? Scope = null, string? ScopeName = null)
{
    public static Requirement Anyone { get; } = new(Need.Anyone);
    public static Requirement Person { get; } = new(Need.Person);
    public static Requirement Member { get; } = new(Need.Member);
    public static Requirement AnyCoordinator { get; } = new(Need.Coordinator);
    public static Requirement AnyAdministrator { get; } = new(Need.Administrator);

    public static Requirement MemberOf(string what, ScopeLocator scope) => new(Need.Member, scope, what);

    public static Requirement CoordinatorOf(string what, ScopeLocator scope) => new(Need.Coordinator, scope, what);

    public static Requirement ApproverOf(string what, ScopeLocator scope) => new(Need.Approver, scope, what);

    public static Requirement AdministratorOf(string what, ScopeLocator scope) => new(Need.Administrator, scope, what);

    public override string ToString() => ScopeName is null ? Need.ToString() : $"{Need} of {ScopeName}";
}

/// <summary>The one place that says whether a current user meets a need (pure: the table tests call it directly).</summary>
internal static class AccessPolicy
{
    public static bool Allows(CurrentUser user, Need need, AccessScope? scope) => need switch
    {
        Need.Anyone => true,
        Need.Person => user.IsIdentified,
        Need.Member => scope?.UnitId is { } unit ? user.MayReportFor(unit) : user.ReportingUnits.Count > 0,
        Need.Coordinator => scope?.OrganisationId is { } organisation
            ? user.IsCoordinatorOf(organisation)
            : user.CoordinatedOrganisations.Count > 0,
        Need.Approver => scope is { UnitId: { } unit, OrganisationId: { } organisation, Role: { } role }
            ? user.MayApproveJoin(unit, organisation, role)
            : user.IsAnyAdministrator || user.CoordinatedOrganisations.Count > 0 || user.Memberships.Any(m => m.Role == RosterRole.UnitHead),
        Need.Administrator => scope?.OrganisationId is { } organisation ? user.IsAdministratorOf(organisation) : user.IsAnyAdministrator,
        _ => false,
    };
}
