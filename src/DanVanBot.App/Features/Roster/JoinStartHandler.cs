using DanVanBot.App.Features.Identity;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Roster;

/// <summary>"tham gia đơn vị", "đổi đơn vị", "chọn đơn vị": the join card, empty (a new request replaces a pending one).</summary>
internal sealed class JoinStartHandler(JoinCards cards) : IFeatureHandler
{
    // Folded phrases (no diacritics): typed with or without accents, they mean the same request.
    private static readonly string[] Phrases = [
        "tham gia don vi", "doi don vi", "chon don vi", "chon lai don vi", "chuyen don vi", "vao don vi", "doi co quan", "change unit", "switch unit",
    ];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, Phrases);

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        await JoinCards.ShowAsync(turn, action: null, await cards.DataAsync(user, null, null, null, null, turn.CancellationToken));
    }
}

/// <summary>"Tìm" on the join card: the same card with the units whose names match, the query kept.</summary>
internal sealed class JoinSearchHandler(JoinCards cards) : IFeatureHandler
{
    public const string Verb = "roster.searchUnits";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        var query = action.GetString("query");
        var error = string.IsNullOrWhiteSpace(query) || query.Trim().Length < 2 ? RosterTexts.QueryMissing : null;
        var data = await cards.DataAsync(user, query, action.GetString("unitId"), action.GetString("role"), error, turn.CancellationToken);
        await JoinCards.ShowAsync(turn, action, data);
    }
}
