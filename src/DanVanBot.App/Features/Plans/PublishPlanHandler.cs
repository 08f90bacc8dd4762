using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Organisations;
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
    IOrganisationStore organisations,
    UndatedCards undatedCards) : IFeatureHandler
{
    public const string Verb = "plan.publish";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await load.LoadAsync(turn, action) is not var (user, import)) return;
        if (PreviewedPlan.TryRead(import.Content) is not { } plan)
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return;
        }

        // A plan that names neither issuer nor locality belongs to the importing coordinator's organisation.
        var organisationName = plan.Issuer is null && plan.Locality is null
            ? (await organisations.ListOrganisationsAsync(turn.CancellationToken)).FirstOrDefault(o => o.Id == user.Unit!.OrganisationId)?.Name
            : null;
        var result = await plans.UpsertPlanAsync(plan, organisationName, turn.CancellationToken);
        await pending.RemoveAsync(import.ImportId, turn.CancellationToken);

        var template = result.Outcome == PlanImportOutcome.Created ? PlanTexts.PublishedCreated : PlanTexts.PublishedUpdated;
        var confirmation = string.Format(template, PlanPreview.Reference(plan), plan.Obligations.Count, plan.Obligations.Count(o => o.NeedsDate));
        // The invoke answer shows on the card; the chat message stays in the conversation as the record of it.
        if (action.IsInvoke) await turn.AnswerActionAsync(action, confirmation);
        await turn.SendAsync(TurnAnswers.Text(confirmation));
        await undatedCards.SendAsync(turn, result.OrganisationId, result.PlanId, sayWhenNone: false);
    }
}
