using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// "Lưu hạn" on a set-date card. A valid date is stored as the coordinator's deadline; anything else comes
/// back as the same card, the input kept and the problem named.
/// </summary>
internal sealed class SetDateHandler(
    CoordinatorAccess access, IOccurrenceDatingLookup lookup, IPlanStore plans, TimeProvider clock) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var rawId = action.GetString(SetDateCards.OccurrenceKey) ?? string.Empty;
        var input = action.GetString(SetDateCards.InputId);
        var occurrence = Guid.TryParse(rawId, out var occurrenceId) ? await lookup.FindAsync(occurrenceId, turn.CancellationToken) : null;
        if (occurrence is null)
        {
            await turn.AnswerWithCardAsync(action, CardNames.SetDate, SetDateCards.Unknown(rawId, input), PlanTexts.SetDateSummary);
            return;
        }

        var user = await access.CheckAsync(turn);
        if (user.Status != AccessStatus.Allowed || user.Unit!.OrganisationId != occurrence.OrganisationId)
        {
            await turn.AnswerActionAsync(action, PlanTexts.NotCoordinator);
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
        await turn.AnswerActionAsync(action, string.Format(PlanTexts.DateSaved, VietnameseDates.Date(check.Date!.Value), occurrence.Description));
    }
}
