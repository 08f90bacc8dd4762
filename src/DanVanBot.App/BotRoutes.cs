using DanVanBot.App.Features;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Help;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Plans;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App;

/// <summary>
/// The bot's one route table: activity → feature handler, first match wins. Install events first,
/// then each feature's card actions and messages (plans before questions: a file upload has text
/// too), help, and last the fallback that answers anything else.
/// </summary>
internal static class BotRoutes
{
    public static RouteTable Build(IServiceProvider services) => new RouteTable()
        .On("install:welcome", WelcomeHandler.IsBotAddedToPersonalChat, Handlers.Use<WelcomeHandler>())
        // Install/uninstall and other membership changes only refresh the conversation reference (a turn observer).
        .OnActivity(ActivityTypes.InstallationUpdate, "install:update", _ => Task.CompletedTask)
        .OnActivity(ActivityTypes.ConversationUpdate, "conversation:update", _ => Task.CompletedTask)
        .MapPlanRoutes()
        .MapNudgeRoutes()
        .On("ask:help", TurnQuestion.Is(QuestionIntent.Help), Handlers.Use<HelpHandler>())
        .MapAskRoutes()
        .On("ask:fallback", TurnQuestion.IsTextMessage, Handlers.Use<FallbackHandler>());
}
