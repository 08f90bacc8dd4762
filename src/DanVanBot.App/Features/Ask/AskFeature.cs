using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features.Ask;

/// <summary>Questions about deadlines and tasks: services and routes of the Ask feature.</summary>
internal static class AskFeature
{
    public const string MoreVerb = "due.more";

    /// <summary>What anyone Teams identifies may ask, even before joining a unit: what is due, in plans they may read.</summary>
    public static readonly QuestionIntent[] AnsweredToAnyone =
        [QuestionIntent.Due, QuestionIntent.Deadline, QuestionIntent.Tasks, QuestionIntent.Search];

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
        services.AddScoped<FallbackHandler>();
        return services;
    }
}
