using DanVanBot.App.Features.Identity;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// The shared first step of "Xuất bản" and "Hủy" on a preview card (the route's gate has checked the role): the
/// pending import must still exist and be the presser's own (the preview card went only to the uploader's chat;
/// an import id seen elsewhere must not let another coordinator publish someone else's document). On failure the
/// user has been answered and the result is null.
/// </summary>
internal sealed class PendingImportAction(PlanTargets targets)
{
    public async Task<PublishTarget?> LoadAsync(TurnContext turn, CardAction action)
    {
        var user = await turn.CurrentUserAsync();
        var target = await targets.PublishAsync(turn, user);
        if (target is null || (target.Import.RequestedByAadObjectId is { } owner && owner != user.AadObjectId))
        {
            await turn.AnswerActionAsync(action, PlanTexts.ImportGone);
            return null;
        }
        return target;
    }
}
