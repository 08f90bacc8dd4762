using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Báo cáo" (on a due answer or a choice card) and "Sửa báo cáo" (on a receipt): the form for the pressed
/// obligation, prefilled with the unit's current version when there is one. The gate checked the presser reports for
/// the unit.
/// </summary>
internal sealed class ReportOpenHandler(ReportTargets targets, IReportStore reports) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await targets.FromCardAsync(turn, await turn.CurrentUserAsync()) is not { } target)
        {
            await turn.AnswerActionAsync(action, ReportTexts.TargetUnknown);
            return;
        }
        var current = target.Unit.ReportId is null
            ? null
            : await reports.FindReportAsync(target.Occurrence.OccurrenceId, target.Unit.UnitId, turn.CancellationToken);
        var form = ReportFormCards.Fresh(target, current?.ShownContent);
        await turn.AnswerWithCardAsync(action, CardNames.ReportForm, form, ReportTexts.FormSummary);
    }
}
