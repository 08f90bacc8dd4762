namespace DanVanBot.Storage.Organisations;

/// <param name="TenantId">The Teams tenant its people use; null until an administrator sets it.</param>
public sealed record OrganisationInfo(Guid Id, string Name, string? TenantId = null);

/// <summary>A unit as callers see it. <paramref name="ParentUnitId"/> is the group a member belongs to.</summary>
public sealed record UnitInfo(
    Guid Id,
    Guid OrganisationId,
    string Name,
    bool IsGroup,
    int? GroupSize,
    bool IsCoordinator,
    bool IsRequestOnly,
    Guid? ParentUnitId,
    bool AddedByAdministrator);
