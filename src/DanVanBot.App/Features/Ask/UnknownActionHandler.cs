using DanVanBot.App.Features.Plans;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// A card button whose verb no route knows (a card from an older version, a hand-made request): a short Vietnamese
/// answer instead of a bare 501, which Teams shows as a generic error. Nothing is read or written.
/// </summary>
internal sealed class UnknownActionHandler : IFeatureHandler
{
    public static bool Matches(TurnContext turn) => CardAction.TryRead(turn.Activity) is not null;

    public Task HandleAsync(TurnContext turn) =>
        turn.AnswerActionAsync(CardAction.TryRead(turn.Activity)!, BotTexts.UnknownAction);
}
