using DanVanBot.App.Features;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Help;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App;

/// <summary>
/// The bot's one route table: activity → feature handler, first match wins. Card actions come
/// first (they carry no text), then install events, then questions by intent, then the fallback.
/// </summary>
internal static class BotRoutes
{
    public static RouteTable Build(IServiceProvider services) => new RouteTable()
        .On("install:welcome", WelcomeHandler.IsBotAddedToPersonalChat, Handlers.Use<WelcomeHandler>())
        // Install/uninstall and other membership changes only refresh the conversation reference (a turn observer).
        .OnActivity(ActivityTypes.InstallationUpdate, "install:update", _ => Task.CompletedTask)
        .OnActivity(ActivityTypes.ConversationUpdate, "conversation:update", _ => Task.CompletedTask)
        .On("ask:help", TurnQuestion.Is(QuestionIntent.Help), Handlers.Use<HelpHandler>())
        .On("ask:fallback", TurnQuestion.IsTextMessage, Handlers.Use<FallbackHandler>());
}
