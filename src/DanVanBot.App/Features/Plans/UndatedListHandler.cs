using DanVanBot.App.Features.Identity;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Plans;

/// <summary>"việc chưa có hạn" / "ấn định hạn": the coordinating office's list of duties waiting for a date, as set-date cards.</summary>
internal sealed class UndatedListHandler(UndatedCards undatedCards) : IFeatureHandler
{
    // Folded phrases (no diacritics): typed with or without accents, they mean the same request.
    private static readonly string[] Phrases = ["chua co han", "chua co thoi han", "an dinh han", "dat han cho"];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, Phrases);

    public async Task HandleAsync(TurnContext turn)
    {
        // The gate let only coordinators through: each organisation they coordinate, in turn.
        var user = await turn.CurrentUserAsync();
        foreach (var organisationId in user.CoordinatedOrganisations)
            await undatedCards.SendAsync(turn, organisationId, planId: null, sayWhenNone: true);
    }
}
