using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// "Gửi yêu cầu" on the join card: checks the unit (one of the person's tenant's) and the role (member or unit head
/// only), records the pending request, and sends it as a card to the unit's head and the organisation's
/// coordinators. A bad submission comes back on the same card with the input kept and the problem named.
/// </summary>
internal sealed class JoinRequestHandler(JoinCards cards, UnitSearch search, IRosterStore roster, JoinApprovals approvals) : IFeatureHandler
{
    public const string Verb = "roster.requestJoin";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        var (query, unitText, roleText) = (action.GetString("query"), action.GetString("unitId"), action.GetString("role"));
        var organisations = await cards.OrganisationsAsync(user, turn.CancellationToken);
        var unit = Guid.TryParse(unitText, out var unitId) ? await search.FindAsync(organisations, unitId, turn.CancellationToken) : null;
        var problem = unit is null ? (string.IsNullOrWhiteSpace(unitText) ? RosterTexts.UnitMissing : RosterTexts.UnitInvalid)
            : !RosterRoleNames.TryParse(roleText ?? "member", out var role) || !role.IsRequestable() ? RosterTexts.RoleInvalid
            : null;
        if (problem is not null)
        {
            await JoinCards.ShowAsync(turn, action, await cards.DataAsync(user, query, unitText, roleText, problem, turn.CancellationToken));
            return;
        }

        RosterRoleNames.TryParse(roleText ?? "member", out var requested);
        if (user.Memberships.Any(m => m.UnitId == unit!.Unit.Id && m.Role == requested))
        {
            await Answer(turn, action, string.Format(CultureInfo.InvariantCulture, RosterTexts.AlreadyMember, JoinCards.RoleText(requested), unit!.Unit.Name));
            return;
        }

        var place = $"{unit!.Unit.Name} — {unit.OrganisationName}";
        var request = await roster.RequestJoinAsync(
            new PersonIdentity(user.AadObjectId, user.Upn, user.Name ?? turn.Activity.From?.Name, user.TenantId), unit.Unit.Id, requested,
            turn.ConversationId,
            new AuditEntry(user.AadObjectId!, user.Name, "roster.join.request", $"Yêu cầu tham gia {place} với vai trò {requested.ToName()}",
                turn.ConversationId, unit.Unit.OrganisationId),
            turn.CancellationToken);
        var delivered = await approvals.SendAsync(request, turn.CancellationToken);
        var roleShown = JoinCards.RoleText(requested);
        await Answer(turn, action, delivered > 0
            ? string.Format(CultureInfo.InvariantCulture, RosterTexts.RequestSent, place, roleShown, delivered)
            : string.Format(CultureInfo.InvariantCulture, RosterTexts.RequestSentNoApprover, place, roleShown));
    }

    // The card answer shows on the card; the chat message stays in the conversation as the record of it.
    private static async Task Answer(TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke) await turn.AnswerActionAsync(action, text);
        await turn.SendAsync(TurnAnswers.Text(text));
    }
}
