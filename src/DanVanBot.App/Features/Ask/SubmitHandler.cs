using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Ask;

/// <summary>"Nộp báo cáo": recognised now, answered with a holding message until the report form arrives.</summary>
internal sealed class SubmitHandler : IFeatureHandler
{
    public Task HandleAsync(TurnContext turn) =>
        turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = BotTexts.SubmitComingSoon, TextFormat = "plain" });
}
