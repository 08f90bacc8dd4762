namespace DanVanBot.Storage.Organisations;

/// <summary>An issuing body (a UBND of a province, commune or, in old plans, a district).</summary>
internal sealed class OrganisationEntity
{
    public Guid Id { get; set; }
    public required string Name { get; set; }

    /// <summary>Case- and space-insensitive form of <see cref="Name"/>: plans spell the same body differently.</summary>
    public required string NormalizedName { get; set; }

    /// <summary>The Microsoft 365 tenant its people sign in with; several organisations may share one (a province's).</summary>
    public string? TenantId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public List<UnitEntity> Units { get; set; } = [];
}

/// <summary>
/// A unit of an organisation. Units a plan names are created by import; the members of a group unit
/// ("UBND 10 phường") are added by an administrator and point at the group through <see cref="ParentUnitId"/>.
/// </summary>
internal sealed class UnitEntity
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string NormalizedName { get; set; }
    public bool IsGroup { get; set; }
    public int? GroupSize { get; set; }
    public bool IsCoordinator { get; set; }
    public bool IsRequestOnly { get; set; }
    public Guid? ParentUnitId { get; set; }
    public bool AddedByAdministrator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public UnitInfo ToInfo() => new(Id, OrganisationId, Name, IsGroup, GroupSize, IsCoordinator, IsRequestOnly,
        ParentUnitId, AddedByAdministrator);
}
