using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// "thành viên nhóm" from an administrator in a team: the team's members on a card, to assign several of them to a
/// unit with one role in one go (<see cref="AssignMembersHandler"/>).
/// </summary>
internal sealed class TeamMembersHandler(TeamMembers team, IRosterStore roster) : IFeatureHandler
{
    private static readonly string[] Phrases = ["thanh vien nhom", "danh sach thanh vien", "gan thanh vien"];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, Phrases);

    public async Task HandleAsync(TurnContext turn)
    {
        if (TeamMembers.TeamIdOf(turn.Activity) is not { } teamId)
        {
            await turn.ReplyTextAsync(RosterTexts.TeamOnly);
            return;
        }
        var data = await CardDataAsync(turn, team, roster, teamId, null, null, null, null);
        if (data is null) await turn.ReplyTextAsync(RosterTexts.TeamUnreadable);
        else await turn.ReplyAsync(CardMessage.Create(CardNames.RosterTeam, data, RosterTexts.TeamSummary));
    }

    /// <summary>The card's data; null when the Connector would not list the team.</summary>
    public static async Task<TeamMembersCardData?> CardDataAsync(
        TurnContext turn, TeamMembers team, IRosterStore roster, string teamId, string? selected, string? unit, string? role, string? error)
    {
        if (await team.ListAsync(turn, teamId) is not var (members, truncated)) return null;
        var choices = new List<TeamMemberChoice>();
        foreach (var member in members)
        {
            var known = await roster.FindByAadObjectIdAsync(member.EntraObjectId!, turn.CancellationToken);
            var already = known is { Memberships.Count: > 0 } ? " (đã có: " + string.Join(", ", known.Memberships.Select(m => m.Membership.UnitName)) + ")" : "";
            var who = member.UserPrincipalName ?? member.Email;
            choices.Add(new TeamMemberChoice(member.EntraObjectId!, (member.Name ?? who ?? "?") + (who is null ? "" : " — " + who) + already));
        }
        var summary = string.Format(CultureInfo.InvariantCulture, truncated ? RosterTexts.TeamCardTruncated : RosterTexts.TeamCard, choices.Count);
        return new TeamMembersCardData(summary, choices, selected, unit, role ?? "member", error);
    }
}
