using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;

namespace DanVanBot.App.Features.Plans;

/// <summary>"Hủy" on a preview card: forget the pending document; nothing else changes.</summary>
internal sealed class CancelImportHandler(PendingImportAction load, IPendingPlanImportStore pending) : IFeatureHandler
{
    public const string Verb = "plan.cancel";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await load.LoadAsync(turn, action) is not { Import: var import }) return;
        if (!await pending.RemoveAsync(import.ImportId, turn.CancellationToken))
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return;
        }
        await turn.AnswerActionAsync(action, string.Format(PlanTexts.ImportCancelled, import.FileName));
    }
}
