using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// A receipt card in a group chat or channel asks for its viewer's view (Universal Actions refresh): the person who
/// submitted that version gets the receipt with "Sửa báo cáo" and "Đính kèm văn bản"; anyone else the receipt only,
/// which is what the conversation already shows them. The buttons themselves stay behind their own gates.
/// </summary>
internal sealed class ReceiptRefreshHandler(IReportStore reports, IReportCompliance compliance, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var receipt = Guid.TryParse(action.GetString(ReceiptCards.SubmissionKey), out var submissionId)
            ? await reports.FindSubmissionAsync(submissionId, turn.CancellationToken)
            : null;
        var occurrence = receipt is null
            ? null
            : await compliance.ForUnitsAsync(receipt.OccurrenceId, [receipt.UnitId], VietnamTime.Today(clock), turn.CancellationToken);
        if (receipt is null || occurrence?.Units.FirstOrDefault() is not { } unit)
        {
            await turn.AnswerActionAsync(action, ReportTexts.ReportUnknown);
            return;
        }

        var user = await turn.CurrentUserAsync();
        var isSubmitter = user.AadObjectId is { } viewer && string.Equals(viewer, receipt.Author.AadObjectId, StringComparison.OrdinalIgnoreCase);
        var card = ReceiptCards.Render(new ReportTarget(occurrence.Occurrence, unit), receipt, action.GetString(ReceiptCards.SubmitterKey), shared: !isSubmitter);
        await turn.AnswerWithCardAsync(action, CardNames.ReportReceipt, card, ReportTexts.ReceiptSummary);
    }
}
