using DanVanBot.Language.Text;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Plans;

/// <summary>"việc chưa có hạn" / "ấn định hạn": the coordinating office's list of duties waiting for a date, as set-date cards.</summary>
internal sealed class UndatedListHandler(CoordinatorAccess access, UndatedCards undatedCards, UnitChoicePrompt unitPrompt) : IFeatureHandler
{
    // Folded phrases (no diacritics): typed with or without accents, they mean the same request.
    private static readonly string[] Phrases = ["chua co han", "chua co thoi han", "an dinh han", "dat han cho"];

    public static bool Matches(TurnContext turn)
    {
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.TextWithoutMentions)) return false;
        var folded = VietnameseText.Fold(turn.TextWithoutMentions);
        return Phrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));
    }

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await access.CheckAsync(turn);
        switch (user.Status)
        {
            case AccessStatus.NoUnit:
                await unitPrompt.SendAsync(turn);
                break;
            case AccessStatus.NotCoordinator:
                await turn.ReplyTextAsync(PlanTexts.NotCoordinator);
                break;
            default:
                await undatedCards.SendAsync(turn, user.Unit!.OrganisationId, planId: null, sayWhenNone: true);
                break;
        }
    }
}
