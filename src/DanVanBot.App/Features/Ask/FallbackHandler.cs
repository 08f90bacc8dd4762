using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Anything not understood gets a short, friendly answer with suggestions — never silence. In a 1:1 chat
/// the example questions are also buttons (suggested actions, imBack: a tap sends the question);
/// Teams shows suggested actions only in personal chats.
/// </summary>
internal sealed class FallbackHandler : IFeatureHandler
{
    public Task HandleAsync(TurnContext turn)
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = BotTexts.Unknown, TextFormat = "plain" };
        if (turn.Activity.Conversation?.ConversationType is null or "personal")
            reply.SuggestedActions = Suggestions();
        return turn.ReplyAsync(reply);
    }

    public static JsonElement Suggestions()
    {
        var actions = new JsonArray();
        foreach (var question in BotTexts.ExampleQuestions)
            actions.Add(new JsonObject { ["type"] = "imBack", ["title"] = question, ["value"] = question });
        return JsonSerializer.SerializeToElement(new JsonObject { ["actions"] = actions });
    }
}
