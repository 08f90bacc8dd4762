namespace DanVanBot.App.Features.Identity;

/// <summary><c>Roster:Administrators</c>: object ids or UPNs of the people who administer every organisation.</summary>
internal sealed class RosterOptions
{
    public const string Section = "Roster";

    public List<string> Administrators { get; set; } = [];

    /// <summary>How long the tenant list and the tenant's organisations are kept before they are read again.</summary>
    public TimeSpan DirectoryRefresh { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary><c>Bot:AllowedTenants</c>: the Teams tenants served; empty means those that have an organisation in the roster.</summary>
internal sealed class TenantOptions
{
    public const string Section = "Bot";

    public List<string> AllowedTenants { get; set; } = [];
}
