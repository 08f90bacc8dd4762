using System.Text.Json;
using DanVanBot.Cards;
using DanVanBot.Language.Text;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Profiles;

/// <summary>
/// "đổi đơn vị": shows the unit picker again, the current unit selected. (Recognised here by folded phrases, not by the
/// question classifier: it is a command, and the roster work will replace the picker with a join request.)
/// </summary>
internal sealed class ChangeUnitHandler(AskerResolver askers, UnitPicker picker) : IFeatureHandler
{
    // Folded (no diacritics): typed with or without accents, they mean the same request.
    private static readonly string[] Phrases = ["doi don vi", "chon don vi", "chon lai don vi", "doi co quan", "change unit", "switch unit"];

    public static bool Matches(TurnContext turn)
    {
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.TextWithoutMentions)) return false;
        var folded = VietnameseText.Fold(turn.TextWithoutMentions);
        return Phrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));
    }

    public async Task HandleAsync(TurnContext turn)
    {
        var who = await askers.ResolveAsync(turn);
        var data = await picker.CardDataAsync(who.Asker.UnitId?.ToString(), null, turn.CancellationToken);
        await turn.ReplyAsync(CardMessage.Create(CardNames.UnitPicker, data, BotTexts.UnitPickerSummary));
    }
}

/// <summary>"Tìm" on the unit picker (verb profile.searchUnit): the same card with the units the search names.</summary>
internal sealed class SearchUnitHandler(UnitPicker picker) : IFeatureHandler
{
    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var data = await picker.CardDataAsync(action.GetString("unitId"), null, turn.CancellationToken, action.GetString("unitQuery"));
        if (action.IsInvoke)
            turn.InvokeResult = InvokeResult.Card(JsonSerializer.SerializeToElement(CardJson.Render(CardNames.UnitPicker, data)));
        else
            await turn.ReplyAsync(CardMessage.Create(CardNames.UnitPicker, data, BotTexts.UnitPickerSummary));
    }
}
