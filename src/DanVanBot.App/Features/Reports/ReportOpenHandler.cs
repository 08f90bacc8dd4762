using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Báo cáo" (on a due answer or a choice card) and "Sửa báo cáo" (on a receipt): the form for the pressed
/// obligation, prefilled with the unit's current version when there is one; empty from a blank-form choice
/// ("cho xin mẫu báo cáo"). The gate checked the presser reports for the unit.
/// </summary>
internal sealed class ReportOpenHandler(ReportTargets targets, IReportStore reports) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        if (await targets.FromCardOrAnswerAsync(turn, action, await turn.CurrentUserAsync()) is not { } target) return;
        var current = target.Unit.ReportId is null || action.Verb == ReportFormCards.TemplateVerb
            ? null
            : await reports.FindReportAsync(target.Occurrence.OccurrenceId, target.Unit.UnitId, turn.CancellationToken);
        var form = ReportFormCards.Fresh(target, current?.ShownContent);
        await turn.AnswerWithCardAsync(action, CardNames.ReportForm, form, ReportTexts.FormSummary);
    }
}
