using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.Cards;
using DanVanBot.Domain.Reports;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Gửi báo cáo": the server checks every field (whatever the client checked); problems bring the same form back with
/// the input kept and each problem under its field; a valid report is stored as the unit's next version and the form
/// is replaced by its receipt. The same form delivered twice is stored once and answered with the same receipt.
/// </summary>
internal sealed class ReportSubmitHandler(ReportTargets targets, IReportStore reports, IEnumerable<IReportSubmitted> observers) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        if (await targets.FromCardOrAnswerAsync(turn, action, user) is not { } target) return;
        if (!Guid.TryParse(action.GetString(ReportFormCards.SubmissionKey), out var submissionId) || submissionId == Guid.Empty)
        {
            await turn.AnswerActionAsync(action, ReportTexts.FormInvalid);
            return;
        }

        var input = ReportFormReading.From(action.Data);
        var check = ReportRules.Check(ReportFormCards.ToFormInput(input.Values));
        if (!check.IsValid || input.NotText.Count > 0)
        {
            var again = ReportFormCards.Again(target, submissionId, input.Shown, input.Problems(check));
            await turn.AnswerWithCardAsync(action, CardNames.ReportForm, again, ReportTexts.FormSummary);
            return;
        }

        var result = await reports.SubmitAsync(new ReportSubmission(submissionId, target.Occurrence.OccurrenceId, target.Unit.UnitId,
            check.Content!, new ReportAuthor(user.AadObjectId, user.Name), turn.Activity.ChannelId,
            action.GetString(ReportFormCards.CardVersionKey) ?? ReportFormCards.CardVersion), turn.CancellationToken);
        switch (result.Outcome)
        {
            case SubmissionOutcome.Stored or SubmissionOutcome.AlreadyStored:
                if (result.Outcome == SubmissionOutcome.Stored)
                {
                    foreach (var observer in observers)
                        await observer.ReportSubmittedAsync(target.Occurrence.OccurrenceId, target.Unit.UnitId, turn.CancellationToken);
                }
                await AnswerWithReceiptAsync(turn, action, target, result.Receipt!);
                break;
            case SubmissionOutcome.SubmissionIdTaken:
                await turn.AnswerActionAsync(action, ReportTexts.SubmissionIdTaken);
                break;
            default:
                await turn.AnswerActionAsync(action, ReportTexts.TargetUnknown);
                break;
        }
    }

    /// <summary>
    /// In a personal chat, the receipt with its buttons. In a group chat or channel the submitter's client gets their
    /// view in the invoke answer, and the message everyone sees (the form they pressed) becomes the receipt without
    /// buttons, refreshing to the submitter's view for the submitter alone. An Action.Submit there is answered with
    /// that shared receipt.
    /// </summary>
    private static async Task AnswerWithReceiptAsync(TurnContext turn, CardAction action, ReportTarget target, ReportReceipt receipt)
    {
        if (!ReceiptCards.IsShared(turn.Activity) || turn.Activity.From?.Id is not { Length: > 0 } submitterId)
        {
            await turn.AnswerWithCardAsync(action, CardNames.ReportReceipt, ReceiptCards.Render(target, receipt), ReportTexts.ReceiptSummary);
            return;
        }
        var everyone = ReceiptCards.Render(target, receipt, submitterId, shared: true);
        if (!action.IsInvoke)
        {
            await turn.ReplyAsync(CardMessage.FromCard(CardNames.ReportReceipt, everyone, ReportTexts.ReceiptSummary));
            return;
        }
        if (turn.Activity.ReplyToId is { Length: > 0 } cardMessageId)
            await turn.UpdateAsync(cardMessageId, CardMessage.FromCard(CardNames.ReportReceipt, everyone, ReportTexts.ReceiptSummary));
        await turn.AnswerWithCardAsync(action, CardNames.ReportReceipt, ReceiptCards.Render(target, receipt, submitterId), ReportTexts.ReceiptSummary);
    }
}
