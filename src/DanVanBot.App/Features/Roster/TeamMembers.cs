using System.Text.Json;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// The members of the team a turn comes from, read from the Connector's paged members API (never from card data:
/// only real members can be assigned). Teams clamps a page to 50–500; a very large team is cut at <see cref="Max"/>.
/// </summary>
internal sealed class TeamMembers(IConnectorClient connector)
{
    public const int Max = 500;
    private const int PageSize = 200;

    public static string? TeamIdOf(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("team", out var team)
        && team.ValueKind == JsonValueKind.Object && team.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    /// <returns>Null when the Connector refused (e.g. the bot is not in the team).</returns>
    public async Task<(IReadOnlyList<TeamsChannelAccount> Members, bool Truncated)?> ListAsync(TurnContext turn, string teamId)
    {
        var members = new List<TeamsChannelAccount>();
        string? token = null;
        do
        {
            var page = await connector.GetPagedMembersAsync(turn.Activity.ServiceUrl!, teamId, PageSize, token, turn.CancellationToken);
            if (!page.Succeeded || page.Value is null) return null;
            members.AddRange((page.Value.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m.EntraObjectId)));
            token = page.Value.ContinuationToken;
        }
        while (!string.IsNullOrEmpty(token) && members.Count < Max);
        return (members.Take(Max).ToList(), members.Count > Max || !string.IsNullOrEmpty(token));
    }
}
