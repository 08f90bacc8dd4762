using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// "Choose your unit first": a short explanation and the unit-picker card. The card's action
/// (<c>profile.setUnit</c>) is answered by the Profiles feature, which remembers the choice.
/// </summary>
internal sealed class UnitChoicePrompt(IOrganisationStore organisations)
{
    // Same bound as the Profiles feature's picker: keeps the card under the 28 KB message limit.
    private const int MaxChoices = 200;

    public async Task SendAsync(TurnContext turn)
    {
        await turn.ReplyTextAsync(PlanTexts.ChooseUnitFirst);
        var choices = new List<UnitChoice>();
        foreach (var organisation in await organisations.ListOrganisationsAsync(turn.CancellationToken))
        {
            foreach (var unit in await organisations.ListUnitsAsync(organisation.Id, turn.CancellationToken))
                choices.Add(new UnitChoice(unit.Id.ToString(), unit.Name, organisation.Name));
        }
        var data = new UnitPickerCardData(choices.Take(MaxChoices).ToList());
        await turn.SendAsync(CardMessage.Create(CardNames.UnitPicker, data, PlanTexts.ChooseUnitSummary));
    }
}
