using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;
using DanVanBot.App.Features.Identity;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// "Xuất bản" on a preview card: store the kept parse (a plan already known by its natural key is updated, not
/// duplicated), confirm, then offer set-date cards for its undated duties. The document is not read again.
/// </summary>
internal sealed class PublishPlanHandler(
    PendingImportAction load,
    IPendingPlanImportStore pending,
    IPlanStore plans,
    IAuditLog audit,
    UndatedCards undatedCards) : IFeatureHandler
{
    public const string Verb = "plan.publish";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await load.LoadAsync(turn, action) is not { Import: var import, Organisation: var organisation } target) return;
        if (target.Plan is not { } plan)
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return;
        }

        // Filed under the organisation the gate checked (PlanTargets), never one the text alone names.
        var result = await plans.UpsertPlanAsync(plan, organisation.Name, turn.CancellationToken);
        await pending.RemoveAsync(import.ImportId, turn.CancellationToken);
        var user = await turn.CurrentUserAsync();
        await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "plan.publish",
            $"Xuất bản kế hoạch {PlanPreview.Reference(plan)} ({result.Outcome}) vào {organisation.Name}, từ tệp “{import.FileName}”",
            turn.ConversationId, organisation.Id), turn.CancellationToken);

        var template = result.Outcome == PlanImportOutcome.Created ? PlanTexts.PublishedCreated : PlanTexts.PublishedUpdated;
        var confirmation = string.Format(template, PlanPreview.Reference(plan), plan.Obligations.Count, plan.Obligations.Count(o => o.NeedsDate));
        // The invoke answer shows on the card; the chat message stays in the conversation as the record of it.
        if (action.IsInvoke) await turn.AnswerActionAsync(action, confirmation);
        await turn.SendAsync(TurnAnswers.Text(confirmation));
        await undatedCards.SendAsync(turn, result.OrganisationId, result.PlanId, sayWhenNone: false);
    }
}
