namespace DanVanBot.Storage.Organisations;

/// <summary>Organisations and their units, as imported from plans and completed by administrators.</summary>
public interface IOrganisationStore
{
    Task<IReadOnlyList<OrganisationInfo>> ListOrganisationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Matches names ignoring case and spacing ("UBND quận 7" finds "UBND Quận 7").</summary>
    Task<OrganisationInfo?> FindOrganisationByNameAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>All units of the organisation, group members included, by name.</summary>
    Task<IReadOnlyList<UnitInfo>> ListUnitsAsync(Guid organisationId, CancellationToken cancellationToken = default);

    Task<UnitInfo?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a member to a group unit ("UBND 10 phường" → "UBND phường Tân Thuận Đông"), as an administrator would.
    /// Adding an existing member again returns it unchanged.
    /// </summary>
    Task<UnitInfo> AddGroupMemberAsync(Guid groupUnitId, string memberName, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<UnitInfo>> ListGroupMembersAsync(Guid groupUnitId, CancellationToken cancellationToken = default);

    /// <summary>Names the Teams tenant the organisation's people use (lower case); null clears it.</summary>
    Task<bool> SetTenantAsync(Guid organisationId, string? tenantId, CancellationToken cancellationToken = default);

    /// <summary>Creates the organisation when no organisation of that name exists; returns it either way.</summary>
    Task<OrganisationInfo> AddOrganisationAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds a unit no plan named (a commune, a mass organisation); an existing one is returned unchanged.</summary>
    Task<UnitInfo> AddUnitAsync(Guid organisationId, string name, CancellationToken cancellationToken = default);
}
