using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Xem báo cáo" (on the compliance card, or on a unit's own list): a unit's current report (or the version pressed),
/// with its standing, its attachments and buttons for every other version; the unit's head also gets "Trả lại". The
/// gate checked the presser coordinates the report's organisation or belongs to its unit.
/// </summary>
internal sealed class ReportViewHandler(ReportViewTarget target) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await target.FromCardAsync(turn) is not { } viewed)
        {
            await turn.AnswerActionAsync(action, ReportTexts.ReportUnknown);
            return;
        }
        var card = ReportViewCards.Render(viewed, await turn.CurrentUserAsync());
        await turn.AnswerWithCardAsync(action, CardNames.ReportView, card, ReportTexts.ViewSummary);
    }
}
