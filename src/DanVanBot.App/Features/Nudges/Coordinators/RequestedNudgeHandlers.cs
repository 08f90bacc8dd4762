using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>The occurrence a preview's button acts on, and its organisation (whose coordinators may press it).</summary>
internal static class RequestedNudgeScope
{
    public static Guid? OccurrenceId(TurnContext turn) =>
        Guid.TryParse(CardAction.TryRead(turn.Activity)?.GetString("occurrenceId"), out var id) ? id : null;

    public static ScopeLocator Occurrence { get; } = async (turn, _) =>
    {
        if (OccurrenceId(turn) is not { } id) return null;
        var found = await turn.Services.GetRequiredService<IOccurrenceDatingLookup>().FindAsync(id, turn.CancellationToken);
        if (found is null) return null;
        var organisations = await turn.Services.GetRequiredService<IOrganisationStore>().ListOrganisationsAsync(turn.CancellationToken);
        return new AccessScope(found.OrganisationId, organisations.FirstOrDefault(o => o.Id == found.OrganisationId)?.Name);
    };

    public static InvokeResult Card(Activity activity) => InvokeResult.Card(activity.Attachments![0].Content!.Value);
}

/// <summary>A choice button: the preview of that occurrence, in place of the card.</summary>
internal sealed class PreviewRequestedNudgeHandler(RequestedNudges requested, TimeProvider clock) : IFeatureHandler
{
    public const string Verb = "nudge.preview";

    public async Task HandleAsync(TurnContext turn)
    {
        var plan = await requested.PlanAsync(RequestedNudgeScope.OccurrenceId(turn)!.Value, clock.GetUtcNow(), turn.CancellationToken);
        turn.InvokeResult = plan is null
            ? InvokeResult.Message(CoordinatorNudgeTexts.RemindGone)
            : RequestedNudgeScope.Card(RequestedNudgeCards.Preview(plan, clock.GetUtcNow(), []));
    }
}

/// <summary>
/// "Gửi nhắc": plans the reminders again at the press (a unit that reported since the preview is left out) into the
/// outbox and wakes the sender. Pressed twice, the outbox's unique key keeps one reminder per person and day.
/// </summary>
internal sealed class SendRequestedNudgeHandler(
    RequestedNudges requested, NudgePlanning planning, INudgeOutbox outbox, NudgeSignals signals, IAuditLog audit, TimeProvider clock) : IFeatureHandler
{
    public const string Verb = "nudge.send";

    public async Task HandleAsync(TurnContext turn)
    {
        var now = clock.GetUtcNow();
        var plan = await requested.PlanAsync(RequestedNudgeScope.OccurrenceId(turn)!.Value, now, turn.CancellationToken);
        if (plan is null)
        {
            turn.InvokeResult = InvokeResult.Message(CoordinatorNudgeTexts.RemindGone);
            return;
        }
        var stored = plan.Planned.Count == 0 ? 0 : await outbox.EnqueueAsync(await planning.DraftsAsync(plan.Planned, turn.CancellationToken), turn.CancellationToken);
        if (stored > 0) signals.Wake();
        var user = await turn.CurrentUserAsync();
        await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "nudge.send", string.Format(CultureInfo.InvariantCulture,
            CoordinatorNudgeTexts.RemindAudit, plan.Occurrence.Description, plan.Occurrence.Label, stored, plan.Planned.Count),
            turn.ConversationId, plan.Organisation.Id), turn.CancellationToken);
        turn.InvokeResult = RequestedNudgeScope.Card(RequestedNudgeCards.Queued(plan, now, stored));
    }
}

/// <summary>"Hủy": nothing is sent.</summary>
internal sealed class CancelRequestedNudgeHandler : IFeatureHandler
{
    public const string Verb = "nudge.cancelSend";

    public Task HandleAsync(TurnContext turn)
    {
        turn.InvokeResult = InvokeResult.Message(CoordinatorNudgeTexts.RemindCancelled);
        return Task.CompletedTask;
    }
}
