using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.App.Features.Profiles;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>Questions about deadlines and tasks: services and routes of the Ask feature.</summary>
internal static class AskFeature
{
    public const string MoreVerb = "due.more";

    private static readonly QuestionIntent[] Answered =
        [QuestionIntent.Due, QuestionIntent.Deadline, QuestionIntent.Tasks, QuestionIntent.Search, QuestionIntent.Missing];

    public static IServiceCollection AddAskFeature(this IServiceCollection services)
    {
        // The answer service and its parts hold no per-turn state: the stores and the calendar are singletons.
        services.AddSingleton<OccurrenceFinder>();
        services.AddSingleton<TaskAnswers>();
        services.AddSingleton<PlanSearch>();
        services.AddSingleton<MissingReports>();
        services.AddSingleton<WorkdayAnswers>();
        services.AddSingleton<AnswerService>();
        services.AddSingleton<AnswerLines>();
        services.AddScoped<TurnQuestion>();
        services.AddScoped<AskHandler>();
        services.AddScoped<WorkdaysHandler>();
        services.AddScoped<DueMoreHandler>();
        services.AddScoped<SubmitHandler>();
        services.AddScoped<FallbackHandler>();
        services.AddProfiles();
        return services;
    }

    /// <summary>Card actions and intents this feature answers (called by <see cref="BotRoutes"/> in order).</summary>
    public static RouteTable MapAskRoutes(this RouteTable routes) => routes
        .OnCardAction(MoreVerb, Handlers.Use<DueMoreHandler>())
        .MapProfileRoutes()
        .On("ask:submit", TurnQuestion.Is(QuestionIntent.Submit), Handlers.Use<SubmitHandler>())
        .On("ask:workdays", TurnQuestion.Is(QuestionIntent.Workdays), Handlers.Use<WorkdaysHandler>())
        .On("ask:answer", TurnQuestion.IsAny(Answered), Handlers.Use<AskHandler>());
}
