using System.Globalization;
using System.Text.Json;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Profiles;

/// <summary>
/// "Lưu đơn vị" on the unit picker (verb profile.setUnit): saves the choice and confirms it; an invalid
/// choice brings the card back with the error named and the input kept.
/// </summary>
internal sealed class SetUnitHandler(AskerResolver askers, UnitPicker picker) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var value = action.GetString("unitId");
        var unit = await picker.FindChoiceAsync(value, turn.CancellationToken);
        var key = AskerResolver.UserKey(turn);
        if (unit is null || key is null)
        {
            var data = await picker.CardDataAsync(value, BotTexts.UnitInvalid, turn.CancellationToken);
            if (action.IsInvoke)
                turn.InvokeResult = InvokeResult.Card(JsonSerializer.SerializeToElement(CardJson.Render(CardNames.UnitPicker, data)));
            else
                await turn.ReplyAsync(CardMessage.Create(CardNames.UnitPicker, data, BotTexts.UnitPickerSummary));
            return;
        }

        await askers.SaveUnitAsync(turn, key, unit.OrganisationId, unit.Id);
        var confirmation = string.Format(CultureInfo.InvariantCulture, BotTexts.UnitSaved, unit.Name);
        if (action.IsInvoke)
            turn.InvokeResult = InvokeResult.Message(confirmation);
        else
            await turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = confirmation, TextFormat = "plain" });
    }
}
