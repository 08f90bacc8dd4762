using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// The shared first steps of "Xuất bản" and "Hủy" on a preview card: the user must be a coordinator and
/// the pending import must still exist and be theirs (the preview card went only to the uploader's chat; an import id
/// seen elsewhere must not let another coordinator publish someone else's document). On failure the user has been
/// answered and the result is null.
/// </summary>
internal sealed class PendingImportAction(CoordinatorAccess access, IPendingPlanImportStore pending)
{
    public async Task<(PlanAccess User, PendingPlanImport Import)?> LoadAsync(TurnContext turn, CardAction action)
    {
        var user = await access.CheckAsync(turn);
        if (user.Status != AccessStatus.Allowed)
        {
            await turn.AnswerActionAsync(action, PlanTexts.NotCoordinator);
            return null;
        }

        var import = Guid.TryParse(action.GetString("importId"), out var importId)
            ? await pending.FindAsync(importId, turn.CancellationToken)
            : null;
        if (import is null || (import.RequestedByAadObjectId is { } owner && owner != user.UserKey))
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return null;
        }
        return (user, import);
    }
}
