namespace DanVanBot.Domain.Roster;

/// <summary>
/// What a membership lets a person do. A member reports for the unit; a unit head also confirms the unit's
/// reports and approves people joining it; a coordinator (the Nội vụ office's staff) sees and manages every unit
/// of the organisation; an administrator manages the organisation's roster and grants roles.
/// </summary>
public enum RosterRole
{
    Member,
    UnitHead,
    Coordinator,
    Administrator,
}

/// <summary>The names roles have in files, on the command line and in JSON ("unit-head"), and their Vietnamese aliases.</summary>
public static class RosterRoleNames
{
    private static readonly Dictionary<string, RosterRole> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["member"] = RosterRole.Member,
        ["unit-head"] = RosterRole.UnitHead,
        ["unithead"] = RosterRole.UnitHead,
        ["head"] = RosterRole.UnitHead,
        ["coordinator"] = RosterRole.Coordinator,
        ["administrator"] = RosterRole.Administrator,
        ["admin"] = RosterRole.Administrator,
        // Folded Vietnamese (no diacritics, lower case): what an office clerk types in a spreadsheet.
        ["thanh vien"] = RosterRole.Member,
        ["can bo"] = RosterRole.Member,
        ["lanh dao"] = RosterRole.UnitHead,
        ["lanh dao don vi"] = RosterRole.UnitHead,
        ["truong don vi"] = RosterRole.UnitHead,
        ["dau moi"] = RosterRole.Coordinator,
        ["noi vu"] = RosterRole.Coordinator,
        ["quan tri"] = RosterRole.Administrator,
        ["quan tri vien"] = RosterRole.Administrator,
    };

    public static string ToName(this RosterRole role) => role switch
    {
        RosterRole.Member => "member",
        RosterRole.UnitHead => "unit-head",
        RosterRole.Coordinator => "coordinator",
        _ => "administrator",
    };

    /// <param name="folded">The text already folded (lower case, no diacritics) when it may be Vietnamese.</param>
    public static bool TryParse(string? folded, out RosterRole role) =>
        ByName.TryGetValue((folded ?? string.Empty).Trim(), out role);

    /// <summary>Roles a person may ask for on the join card; coordinator and administrator are only ever granted.</summary>
    public static bool IsRequestable(this RosterRole role) => role is RosterRole.Member or RosterRole.UnitHead;

    /// <summary>Roles that report for their unit (an administrator manages the roster, nothing more).</summary>
    public static bool ReportsForUnit(this RosterRole role) => role is not RosterRole.Administrator;
}
