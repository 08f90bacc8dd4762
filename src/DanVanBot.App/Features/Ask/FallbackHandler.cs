using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>Anything not understood gets a short, friendly answer with suggestions — never silence.</summary>
internal sealed class FallbackHandler : IFeatureHandler
{
    public Task HandleAsync(TurnContext turn) =>
        turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = BotTexts.Unknown, TextFormat = "plain" });
}
