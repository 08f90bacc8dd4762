using DanVanBot.App.Features.Profiles;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// "Choose your unit first": a short explanation and the unit-picker card. The card's action
/// (<c>profile.setUnit</c>) is answered by the Profiles feature, which remembers the choice.
/// </summary>
internal sealed class UnitChoicePrompt(UnitPicker picker)
{
    public async Task SendAsync(TurnContext turn)
    {
        await turn.ReplyTextAsync(PlanTexts.ChooseUnitFirst);
        var data = await picker.CardDataAsync(selectedUnitId: null, error: null, turn.CancellationToken);
        await turn.SendAsync(CardMessage.Create(CardNames.UnitPicker, data, PlanTexts.ChooseUnitSummary));
    }
}
