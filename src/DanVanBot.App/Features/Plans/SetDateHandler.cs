using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.App.Features.Identity;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// "Lưu hạn" on a set-date card (the gate checked the presser coordinates the occurrence's organisation). A valid date is stored as the coordinator's deadline; anything else comes
/// back as the same card, the input kept and the problem named.
/// </summary>
internal sealed class SetDateHandler(PlanTargets targets, IPlanStore plans, IAuditLog audit, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var rawId = action.GetString(SetDateCards.OccurrenceKey) ?? string.Empty;
        var input = action.GetString(SetDateCards.InputId);
        var occurrence = await targets.DatingAsync(turn);
        if (occurrence is null)
        {
            await turn.AnswerWithCardAsync(action, CardNames.SetDate, SetDateCards.Unknown(rawId, input), PlanTexts.SetDateSummary);
            return;
        }

        var check = SetDateRules.Check(input, occurrence, VietnamTime.Today(clock));
        if (check.Problem is not null)
        {
            var again = SetDateCards.Again(occurrence, check.Date, input, check.Problem);
            await turn.AnswerWithCardAsync(action, CardNames.SetDate, again, PlanTexts.SetDateSummary);
            return;
        }

        if (!await plans.AssignDueDateAsync(occurrence.OccurrenceId, check.Date, turn.CancellationToken))
        {
            await turn.AnswerWithCardAsync(action, CardNames.SetDate, SetDateCards.Unknown(rawId, input), PlanTexts.SetDateSummary);
            return;
        }
        var saved = string.Format(PlanTexts.DateSaved, VietnameseDates.Date(check.Date!.Value), occurrence.Description);
        var user = await turn.CurrentUserAsync();
        await audit.WriteAsync(new AuditEntry(user.AadObjectId!, user.Name, "plan.setDate", saved, turn.ConversationId, occurrence.OrganisationId),
            turn.CancellationToken);
        await turn.AnswerActionAsync(action, saved);
    }
}
