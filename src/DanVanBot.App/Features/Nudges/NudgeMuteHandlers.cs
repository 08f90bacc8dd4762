using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Nudges;

namespace DanVanBot.App.Features.Nudges;

/// <summary>
/// "Tắt nhắc việc này": the presser is no longer reminded of this obligation (any occurrence, any unit): the mute is
/// recorded (coordinators see it in "tình hình gửi nhắc") and their waiting reminders of it are cancelled. The card
/// comes back saying so, with "Bật lại nhắc".
/// </summary>
internal sealed class MuteNudgeHandler(NudgeCardAction action, INudgeReachability reachability, INudgeOutbox outbox, TimeProvider clock) : IFeatureHandler
{
    public const string Verb = "nudge.mute";

    public async Task HandleAsync(TurnContext turn)
    {
        if (await action.FindOwnAsync(turn) is not { } nudge) return;
        var message = NudgeCards.Read(nudge.CardData);
        var now = clock.GetUtcNow();
        await reachability.MuteAsync(nudge.OrganisationId,
            new NudgeMute(nudge.PersonId, nudge.ObligationId, nudge.PersonName, message.Card.Description, now), turn.CancellationToken);
        await outbox.CancelForMuteAsync(nudge.PersonId, nudge.ObligationId, now, turn.CancellationToken);
        var card = message.Card with { NudgeId = nudge.Id.ToString(), Muted = true, StatusText = NudgeTexts.Muted };
        turn.InvokeResult = InvokeResult.Card(CardInvokeResponse.Card(CardNames.Nudge, card).Value);
    }
}

/// <summary>"Bật lại nhắc": the mute is removed; later reminders of the obligation come again (cancelled ones do not).</summary>
internal sealed class UnmuteNudgeHandler(NudgeCardAction action, INudgeReachability reachability) : IFeatureHandler
{
    public const string Verb = "nudge.unmute";

    public async Task HandleAsync(TurnContext turn)
    {
        if (await action.FindOwnAsync(turn) is not { } nudge) return;
        await reachability.UnmuteAsync(nudge.PersonId, nudge.ObligationId, turn.CancellationToken);
        var card = NudgeCards.Read(nudge.CardData).Card with { NudgeId = nudge.Id.ToString(), StatusText = NudgeTexts.Unmuted };
        turn.InvokeResult = InvokeResult.Card(CardInvokeResponse.Card(CardNames.Nudge, card).Value);
    }
}
