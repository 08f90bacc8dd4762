using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;

namespace DanVanBot.App.Features.Plans;

/// <summary>"Hủy" on a preview card: forget the pending document; nothing else changes.</summary>
internal sealed class CancelImportHandler(CoordinatorAccess access, IPendingPlanImportStore pending) : IFeatureHandler
{
    public const string Verb = "plan.cancel";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await access.CheckAsync(turn);
        if (user.Status != AccessStatus.Allowed)
        {
            await turn.AnswerActionAsync(action, PlanTexts.NotCoordinator);
            return;
        }

        var import = Guid.TryParse(action.GetString("importId"), out var importId)
            ? await pending.FindAsync(importId, turn.CancellationToken)
            : null;
        if (import is null || !await pending.RemoveAsync(import.ImportId, turn.CancellationToken))
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return;
        }
        await turn.AnswerActionAsync(action, string.Format(PlanTexts.ImportCancelled, import.FileName));
    }
}
