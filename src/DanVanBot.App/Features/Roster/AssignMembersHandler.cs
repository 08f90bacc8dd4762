using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Domain.Roster;
using DanVanBot.Language.Text;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// The unit an assignment card names (typed by name, found in the sender's tenant's organisations), for the access
/// gate (administrator of its organisation) and the handler. Read once per turn.
/// </summary>
internal sealed class TeamAssignment(UnitSearch search, TenantDirectory tenants)
{
    private Task<UnitHit?>? unit;

    public Task<UnitHit?> UnitAsync(TurnContext turn, CurrentUser user) => unit ??= FindAsync(turn, user);

    public static ScopeLocator Scope { get; } = async (turn, user) =>
        await turn.Services.GetRequiredService<TeamAssignment>().UnitAsync(turn, user) is { } hit
            ? new AccessScope(hit.Unit.OrganisationId, hit.OrganisationName, hit.Unit.Id, hit.Unit.Name)
            : null;

    /// <summary>The unit whose name is the one typed (folded), or the only one found; several or none: null.</summary>
    private async Task<UnitHit?> FindAsync(TurnContext turn, CurrentUser user)
    {
        var typed = CardAction.TryRead(turn.Activity)?.GetString("unit");
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var hits = await search.SearchAsync(await tenants.OrganisationsOfAsync(user.TenantId, turn.CancellationToken), typed, turn.CancellationToken);
        var exact = hits.Where(h => h.Score == 100).ToList();
        return exact.Count == 1 ? exact[0] : hits.Count == 1 ? hits[0] : null;
    }
}

/// <summary>
/// "Gán vào đơn vị" on the team card (the gate checked the presser administers the unit's organisation): each chosen
/// member, re-read from the team, becomes a person with that role in that unit; each grant is audited.
/// </summary>
internal sealed class AssignMembersHandler(TeamAssignment assignment, TeamMembers team, IRosterStore roster) : IFeatureHandler
{
    public const string Verb = "roster.assignMembers";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        var (selectedText, unitText, roleText) = (action.GetString("members"), action.GetString("unit"), action.GetString("role"));
        var selected = (selectedText ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unit = await assignment.UnitAsync(turn, user);
        var teamId = TeamMembers.TeamIdOf(turn.Activity);
        var problem = teamId is null ? RosterTexts.TeamOnly
            : selected.Count == 0 ? RosterTexts.TeamNoneSelected
            : unit is null ? string.Format(CultureInfo.InvariantCulture, RosterTexts.TeamUnitUnknown, unitText)
            : !RosterRoleNames.TryParse(VietnameseText.Fold(roleText ?? "member"), out _) ? RosterTexts.RoleInvalid
            : null;
        var members = teamId is null ? null : await team.ListAsync(turn, teamId);
        if (problem is null && members is null) problem = RosterTexts.TeamUnreadable;
        if (problem is not null)
        {
            var again = teamId is null ? null : await TeamMembersHandler.CardDataAsync(turn, team, roster, teamId, selectedText, unitText, roleText, problem);
            if (again is null) await turn.AnswerActionAsync(action, problem);
            else await turn.AnswerWithCardAsync(action, CardNames.RosterTeam, CardJson.Render(CardNames.RosterTeam, again), RosterTexts.TeamSummary);
            return;
        }

        RosterRoleNames.TryParse(VietnameseText.Fold(roleText ?? "member"), out var role);
        var granted = 0;
        foreach (var member in members!.Value.Members.Where(m => selected.Contains(m.EntraObjectId!)))
        {
            var who = member.Name ?? member.UserPrincipalName ?? member.EntraObjectId!;
            var outcome = await roster.GrantAsync(
                new PersonIdentity(member.EntraObjectId, member.UserPrincipalName, member.Name, member.TenantId ?? user.TenantId), unit!.Unit.Id, role,
                new AuditEntry(user.AadObjectId!, user.Name, "roster.grant",
                    $"Cấp vai trò {role.ToName()} tại {unit.Unit.Name} ({unit.OrganisationName}) cho {who}, từ danh sách thành viên nhóm",
                    turn.ConversationId, unit.Unit.OrganisationId),
                turn.CancellationToken);
            if (outcome == GrantOutcome.Granted) granted++;
        }
        await turn.AnswerActionAsync(action, string.Format(CultureInfo.InvariantCulture, RosterTexts.TeamAssigned,
            granted, unit!.Unit.Name, unit.OrganisationName, JoinCards.RoleText(role)));
    }
}
