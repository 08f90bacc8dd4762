using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Plans;

/// <summary>Sends the coordinating office one set-date card per undated occurrence, a few at a time.</summary>
internal sealed class UndatedCards(IPlanStore plans, IOptions<PlanOptions> options)
{
    /// <param name="planId">Only this plan's (after publishing it); null for the whole organisation.</param>
    /// <param name="sayWhenNone">"Nothing to date" is worth saying when asked, not after a publish.</param>
    public async Task SendAsync(TurnContext turn, Guid organisationId, Guid? planId, bool sayWhenNone)
    {
        var undated = (await plans.FindUndatedAsync(organisationId, turn.CancellationToken))
            .Where(o => planId is null || o.PlanId == planId)
            .ToList();
        if (undated.Count == 0)
        {
            if (sayWhenNone) await turn.SendAsync(TurnAnswers.Text(PlanTexts.NoUndated));
            return;
        }

        await turn.SendAsync(TurnAnswers.Text(string.Format(PlanTexts.UndatedIntro, undated.Count)));
        var perMessage = Math.Max(1, options.Value.SetDateCardsPerMessage);
        foreach (var occurrence in undated.Take(perMessage))
            await turn.SendAsync(CardMessage.FromCard(CardNames.SetDate, SetDateCards.Fresh(occurrence), PlanTexts.SetDateSummary));
        if (undated.Count > perMessage)
            await turn.SendAsync(TurnAnswers.Text(string.Format(PlanTexts.UndatedMore, undated.Count - perMessage)));
    }
}
