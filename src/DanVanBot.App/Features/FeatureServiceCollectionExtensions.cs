using DanVanBot.App.Features.Reports;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Conversations;
using DanVanBot.App.Features.Exports;
using DanVanBot.App.Features.Help;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Roster;
using DanVanBot.Domain.Calendar;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features;

internal static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddDanVanFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<QuestionInterpreter>();
        services.AddSingleton<IWorkingCalendar>(_ => new VietnamWorkingCalendar());
        services.AddIdentity();
        services.AddSingleton<RecentConversationReferences>();
        services.AddScoped<ITurnObserver, ConversationReferenceObserver>();
        services.AddScoped<WelcomeHandler>();
        services.AddScoped<HelpHandler>();
        services.AddAskFeature();
        services.AddPlanFeature();
        services.AddRosterFeature();
        services.AddReportFeature();
        services.AddExportFeature();
        services.AddNudgeFeature(configuration);
        return services;
    }

    /// <summary>First-run work after migrations: the sample plans.</summary>
    public static async Task RunStartupTasksAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamplePlanImporter>().ImportAsync(cancellationToken);
    }
}
