using System.Globalization;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges;

/// <summary>The reminder a button was pressed on, if it is the presser's own.</summary>
internal sealed class NudgeCardAction(INudgeOutbox outbox)
{
    public async Task<NudgeRecord?> FindOwnAsync(TurnContext turn)
    {
        var id = CardAction.TryRead(turn.Activity)?.GetString("nudgeId");
        if (!Guid.TryParse(id, out var nudgeId) || await outbox.FindAsync(nudgeId, turn.CancellationToken) is not { } nudge)
        {
            turn.InvokeResult = InvokeResult.Message(NudgeTexts.Unknown);
            return null;
        }

        if (!string.Equals(nudge.AadObjectId, turn.Activity.From?.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            turn.InvokeResult = InvokeResult.Message(NudgeTexts.NotYours);
            return null;
        }
        return nudge;
    }
}

/// <summary>"Đã nhận": recorded; the card comes back without that button and says so.</summary>
internal sealed class AcknowledgeNudgeHandler(NudgeCardAction action, INudgeOutbox outbox, TimeProvider clock) : IFeatureHandler
{
    public const string Verb = "nudge.ack";

    public async Task HandleAsync(TurnContext turn)
    {
        if (await action.FindOwnAsync(turn) is not { } nudge) return;
        var acknowledged = await outbox.AcknowledgeAsync(nudge.Id, turn.Activity.From!.AadObjectId!, clock.GetUtcNow(), turn.CancellationToken);
        var message = NudgeCards.Read((acknowledged ?? nudge).CardData);
        var card = message.Card with { NudgeId = nudge.Id.ToString(), Acknowledged = true, StatusText = NudgeTexts.Acknowledged };
        turn.InvokeResult = InvokeResult.Card(CardInvokeResponse.Card(CardNames.Nudge, card).Value);
    }
}

/// <summary>"Nhắc lại sau": the same reminder again at the next slot (08:00 or 13:30 on a working day).</summary>
internal sealed class SnoozeNudgeHandler(
    NudgeCardAction action, INudgeOutbox outbox, NudgeSignals signals, IWorkingCalendar calendar,
    IOptions<NudgeOptions> options, TimeProvider clock) : IFeatureHandler
{
    public const string Verb = "nudge.snooze";

    public async Task HandleAsync(TurnContext turn)
    {
        if (await action.FindOwnAsync(turn) is not { } nudge) return;
        var policy = options.Value.PolicyFor(null);
        var at = NudgeSlots.NextSlot(clock.GetUtcNow(), policy, calendar);
        var day = NudgeSlots.Local(at).Day;
        // Stage "<stage>/later": one snooze per reminder and slot, however often the button is pressed.
        await outbox.EnqueueAsync([new NudgeDraft(nudge.OccurrenceId, nudge.UnitId, nudge.PersonId, nudge.Stage + "/later",
            nudge.OrganisationId, nudge.ObligationId, nudge.TenantId, nudge.AadObjectId, nudge.PersonName, nudge.DueOn, day,
            at, NudgeSlots.At(day, policy.WorkEnd), nudge.ServiceUrl, nudge.ConversationId, nudge.CardData)], turn.CancellationToken);
        signals.Wake();
        var local = NudgeSlots.Local(at);
        turn.InvokeResult = InvokeResult.Message(string.Format(CultureInfo.InvariantCulture, NudgeTexts.Snoozed,
            $"{local.Time:HH\\:mm} {VietnameseDates.WeekdayAndDate(local.Day)}"));
    }
}
