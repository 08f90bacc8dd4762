namespace DanVanBot.Domain.Roster;

/// <summary>
/// Who sent the turn, as the roster knows them: identity (Entra object id, UPN, name, tenant), active
/// memberships, a pending join request, and whether configuration makes them an administrator. Resolved once per
/// turn; every access decision reads it. Memberships in organisations of another tenant are never included.
/// </summary>
public sealed record CurrentUser
{
    public static CurrentUser Anonymous { get; } = new();

    /// <summary>The Entra object id (lower case); null when the channel sent none: then nothing but public routes.</summary>
    public string? AadObjectId { get; init; }

    public string? Upn { get; init; }
    public string? Name { get; init; }
    public string? TenantId { get; init; }

    /// <summary>The roster's id for the person; null when the roster does not know them.</summary>
    public Guid? PersonId { get; init; }

    public IReadOnlyList<Membership> Memberships { get; init; } = [];
    public PendingJoin? PendingJoin { get; init; }

    /// <summary>Named in <c>Roster:Administrators</c>: administrator of every organisation.</summary>
    public bool IsConfiguredAdministrator { get; init; }

    /// <summary>
    /// Organisations whose plans the person may read when they belong to none yet (their tenant's, or those
    /// no tenant claims); filled by the resolver.
    /// </summary>
    public IReadOnlyList<Guid> TenantOrganisations { get; init; } = [];

    public bool IsIdentified => AadObjectId is not null;

    /// <summary>Has at least one role somewhere (a pending request is not one).</summary>
    public bool IsMember => Memberships.Count > 0;

    public bool MayReportFor(Guid unitId) => Memberships.Any(m => m.UnitId == unitId && m.Role.ReportsForUnit());

    public bool IsHeadOf(Guid unitId) => Memberships.Any(m => m.UnitId == unitId && m.Role == RosterRole.UnitHead);

    public bool IsCoordinatorOf(Guid organisationId) =>
        Memberships.Any(m => m.OrganisationId == organisationId && m.Role == RosterRole.Coordinator);

    public bool IsAdministratorOf(Guid organisationId) =>
        IsConfiguredAdministrator
        || Memberships.Any(m => m.OrganisationId == organisationId && m.Role == RosterRole.Administrator);

    public bool IsAnyAdministrator => IsConfiguredAdministrator || Memberships.Any(m => m.Role == RosterRole.Administrator);

    /// <summary>The units this person reports for, in a stable order (several: the bot asks which one).</summary>
    public IReadOnlyList<Membership> ReportingUnits =>
        Memberships.Where(m => m.Role.ReportsForUnit()).DistinctBy(m => m.UnitId).OrderBy(m => m.UnitName, StringComparer.Ordinal).ToList();

    /// <summary>The one unit the person reports for, or null when they report for none or for several.</summary>
    public Membership? SoleReportingUnit => ReportingUnits is [var only] ? only : null;

    public IReadOnlyList<Guid> CoordinatedOrganisations =>
        Memberships.Where(m => m.Role == RosterRole.Coordinator).Select(m => m.OrganisationId).Distinct().ToList();

    /// <summary>
    /// Organisations whose plans the person may read: those of their memberships and pending request, or,
    /// before they belong anywhere, their tenant's.
    /// </summary>
    public IReadOnlyList<Guid> ReadableOrganisations
    {
        get
        {
            var own = Memberships.Select(m => m.OrganisationId);
            if (PendingJoin is { } pending) own = own.Append(pending.OrganisationId);
            var list = own.Distinct().ToList();
            return list.Count > 0 ? list : TenantOrganisations;
        }
    }

    /// <summary>
    /// May decide a join request for <paramref name="role"/> in the unit: a member's request goes to the unit's
    /// head or the organisation's coordinators; a unit head's only to coordinators (a head does not appoint a
    /// second head). Administrators may decide either.
    /// </summary>
    public bool MayApproveJoin(Guid unitId, Guid organisationId, RosterRole role) =>
        IsAdministratorOf(organisationId)
        || IsCoordinatorOf(organisationId)
        || (role == RosterRole.Member && IsHeadOf(unitId));

    /// <summary>
    /// May grant or revoke <paramref name="role"/> in the organisation from chat: administrators any role;
    /// coordinators only member and unit head.
    /// </summary>
    public bool MayGrant(Guid organisationId, RosterRole role) =>
        IsAdministratorOf(organisationId) || (role.IsRequestable() && IsCoordinatorOf(organisationId));
}
