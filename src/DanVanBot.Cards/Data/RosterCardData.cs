namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/roster-join.json</c>: the search box (<see cref="Query"/> kept), the units found, the role asked
/// for ("member" or "unit-head"), and an error naming what is wrong with the last submission.
/// </summary>
public sealed record RosterJoinCardData(
    string? Query,
    IReadOnlyList<UnitChoice> Units,
    bool Searched = false,
    string? SelectedUnitId = null,
    string Role = "member",
    string? Error = null,
    string? Pending = null);

/// <summary>
/// Data for <c>cards/roster-approval.json</c>: a join request as its approvers see it; with <see cref="Decision"/>
/// the card shows the outcome and no buttons.
/// </summary>
public sealed record JoinApprovalCardData(
    string RequestId,
    string PersonName,
    string? PersonUpn,
    string UnitName,
    string OrganisationName,
    string RoleText,
    string? Decision = null);

/// <summary>One unit to choose, shown as "Unit — Organisation"; the submitted value is <see cref="Id"/>.</summary>
public sealed record UnitChoice(string Id, string Name, string? Organisation = null);

/// <summary>
/// Data for <c>cards/roster-team.json</c>: a team's members (by object id) to assign, in one go, to a unit typed by
/// name with one role; <see cref="Selected"/> ("id1,id2"), <see cref="Unit"/> and <see cref="Role"/> keep the input.
/// </summary>
public sealed record TeamMembersCardData(
    string Summary,
    IReadOnlyList<TeamMemberChoice> Members,
    string? Selected = null,
    string? Unit = null,
    string Role = "member",
    string? Error = null);

/// <summary>One team member: "Name — upn (đã có: Unit)"; the submitted value is the Entra object id.</summary>
public sealed record TeamMemberChoice(string Id, string Title);
