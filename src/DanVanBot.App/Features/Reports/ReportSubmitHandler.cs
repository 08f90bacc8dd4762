using DanVanBot.App.Features.Identity;
using System.Text.Json;
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
        if (await targets.FromCardAsync(turn, user) is not { } target)
        {
            await turn.AnswerActionAsync(action, ReportTexts.TargetUnknown);
            return;
        }
        if (!Guid.TryParse(action.GetString(ReportFormCards.SubmissionKey), out var submissionId) || submissionId == Guid.Empty)
        {
            await turn.AnswerActionAsync(action, ReportTexts.FormInvalid);
            return;
        }

        var input = ReportFormCards.Inputs.ToDictionary(i => i.Id, i => Read(action.Data, i.Id));
        var check = ReportRules.Check(ReportFormCards.ToFormInput(input));
        if (!check.IsValid)
        {
            var again = ReportFormCards.Again(target, submissionId, input, check.Problems);
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
                var receipt = ReceiptCards.Render(target, result.Receipt!);
                await turn.AnswerWithCardAsync(action, CardNames.ReportReceipt, receipt, ReportTexts.ReceiptSummary);
                break;
            case SubmissionOutcome.SubmissionIdTaken:
                await turn.AnswerActionAsync(action, ReportTexts.SubmissionIdTaken);
                break;
            default:
                await turn.AnswerActionAsync(action, ReportTexts.TargetUnknown);
                break;
        }
    }

    /// <summary>An input as text: clients send strings, a hand-made request may send numbers or anything else as is.</summary>
    private static string? Read(JsonElement data, string id) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(id, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => value.GetRawText(),
            }
            : null;
}
