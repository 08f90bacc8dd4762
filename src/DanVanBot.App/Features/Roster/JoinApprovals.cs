using DanVanBot.App.Features.Proactive;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// Sends a join request, as a proactive card, to those who may decide it and have talked to the bot: the unit's
/// head(s) (for a member's request) and the organisation's coordinators; when none of them can be reached, the
/// organisation's administrators. The requester never approves their own request.
/// </summary>
internal sealed class JoinApprovals(IRosterStore roster, ProactiveMessenger messenger, ILogger<JoinApprovals> logger)
{
    private static readonly RosterRole[] Heads = [RosterRole.UnitHead];
    private static readonly RosterRole[] Coordinators = [RosterRole.Coordinator];
    private static readonly RosterRole[] Administrators = [RosterRole.Administrator];

    /// <returns>How many approvers the card reached.</returns>
    public async Task<int> SendAsync(JoinRequestRecord request, CancellationToken cancellationToken)
    {
        var approvers = new List<PersonRef>(await roster.ListInOrganisationAsync(request.OrganisationId, Coordinators, cancellationToken));
        if (request.Role == RosterRole.Member) approvers.AddRange(await roster.ListInUnitAsync(request.UnitId, Heads, cancellationToken));
        var reached = await SendToAsync(approvers, request, cancellationToken);
        if (reached == 0)
            reached = await SendToAsync(await roster.ListInOrganisationAsync(request.OrganisationId, Administrators, cancellationToken), request, cancellationToken);
        Log.ApprovalsSent(logger, request.RequestId, reached, approvers.Count);
        return reached;
    }

    public static JoinApprovalCardData CardData(JoinRequestRecord request, string? decision = null) => new(
        request.RequestId.ToString(), request.Person.DisplayName ?? request.Person.Upn ?? "—", request.Person.Upn,
        request.UnitName, request.OrganisationName, JoinCards.RoleText(request.Role), decision);

    private async Task<int> SendToAsync(IEnumerable<PersonRef> people, JoinRequestRecord request, CancellationToken cancellationToken)
    {
        var ids = people.Select(p => p.PersonId).Where(id => id != request.Person.PersonId).Distinct().ToList();
        var summary = string.Format(RosterTexts.ApprovalSummary, request.Person.DisplayName ?? request.Person.Upn);
        var reached = await messenger.SendToPeopleAsync(ids, _ => CardMessage.Create(CardNames.RosterApproval, CardData(request), summary), cancellationToken);
        return reached.Count;
    }
}
