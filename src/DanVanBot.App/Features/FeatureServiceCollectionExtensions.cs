using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Conversations;
using DanVanBot.App.Features.Help;
using DanVanBot.App.Features.Plans;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features;

internal static class FeatureServiceCollectionExtensions
{
    public static IServiceCollection AddDanVanFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section);
        services.AddScoped<SamplePlanImporter>();
        services.AddSingleton<QuestionInterpreter>();
        services.AddScoped<TurnQuestion>();
        services.AddScoped<ITurnObserver, ConversationReferenceObserver>();
        services.AddScoped<WelcomeHandler>();
        services.AddScoped<HelpHandler>();
        services.AddScoped<FallbackHandler>();
        return services;
    }

    /// <summary>First-run work after migrations (importing the sample plans comes here).</summary>
    public static async Task RunStartupTasksAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SamplePlanImporter>().ImportAsync(cancellationToken);
    }
}
