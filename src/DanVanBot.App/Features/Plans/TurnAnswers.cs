using System.Text.Json.Nodes;
using DanVanBot.Cards;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// Answers a card action the way it arrived: an <c>Action.Execute</c> invoke gets its answer in the HTTP
/// response (a message or a replacement card); an <c>Action.Submit</c> message gets a reply in the chat.
/// </summary>
internal static class TurnAnswers
{
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };

    public static Task ReplyTextAsync(this TurnContext turn, string text) => turn.ReplyAsync(Text(text));

    public static async Task AnswerActionAsync(this TurnContext turn, CardAction action, string text)
    {
        if (action.IsInvoke) turn.InvokeResult = InvokeResult.Message(text);
        else await turn.ReplyTextAsync(text);
    }

    public static async Task AnswerWithCardAsync(this TurnContext turn, CardAction action, string cardName, JsonObject card, string summary)
    {
        if (action.IsInvoke)
        {
            var response = CardInvokeResponse.Card(cardName, card);
            turn.InvokeResult = InvokeResult.Card(response.Value);
        }
        else
        {
            await turn.ReplyAsync(CardMessage.FromCard(cardName, card, summary));
        }
    }
}
