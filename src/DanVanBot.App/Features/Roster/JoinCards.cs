using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Roster;

/// <summary>The join card: fresh, or again with the search results, the user's input kept and a problem named.</summary>
internal sealed class JoinCards(UnitSearch search, TenantDirectory tenants)
{
    public async Task<IReadOnlyList<Guid>> OrganisationsAsync(CurrentUser user, CancellationToken cancellationToken) =>
        await tenants.OrganisationsOfAsync(user.TenantId, cancellationToken);

    public async Task<RosterJoinCardData> DataAsync(
        CurrentUser user, string? query, string? selectedUnitId, string? role, string? error, CancellationToken cancellationToken)
    {
        var hits = string.IsNullOrWhiteSpace(query) ? [] : await search.SearchAsync(await OrganisationsAsync(user, cancellationToken), query, cancellationToken);
        // One result is chosen for the user; otherwise the earlier choice is kept only if it is still listed.
        var selected = hits.Count == 1 ? hits[0].Unit.Id.ToString() : hits.Any(h => h.Unit.Id.ToString() == selectedUnitId) ? selectedUnitId : null;
        var pending = user.PendingJoin is { } p ? $"{p.UnitName} — {p.OrganisationName}" : null;
        return new RosterJoinCardData(query?.Trim(), hits.Select(h => new UnitChoice(h.Unit.Id.ToString(), h.Unit.Name, h.OrganisationName)).ToList(),
            Searched: !string.IsNullOrWhiteSpace(query), selected, RoleName(role), error, pending);
    }

    /// <summary>As an invoke answer (the card replaces itself) or, for a typed request, as a new message.</summary>
    public static Task ShowAsync(TurnContext turn, CardAction? action, RosterJoinCardData data)
    {
        if (action is not null) return turn.AnswerWithCardAsync(action, CardNames.RosterJoin, CardJson.Render(CardNames.RosterJoin, data), RosterTexts.JoinSummary);
        return turn.ReplyAsync(CardMessage.Create(CardNames.RosterJoin, data, RosterTexts.JoinSummary));
    }

    public static string RoleText(RosterRole role) => role switch
    {
        RosterRole.Member => RosterTexts.RoleMember,
        RosterRole.UnitHead => RosterTexts.RoleUnitHead,
        RosterRole.Coordinator => RosterTexts.RoleCoordinator,
        _ => RosterTexts.RoleAdministrator,
    };

    private static string RoleName(string? role) =>
        RosterRoleNames.TryParse(role, out var parsed) && parsed.IsRequestable() ? parsed.ToName() : RosterRole.Member.ToName();
}
