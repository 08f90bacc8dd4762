using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Imports;

namespace DanVanBot.App.Features.Plans;

/// <summary>Plans: sample import at startup, import from chat (preview → publish), dating undated obligations.</summary>
internal static class PlanFeature
{
    public static IServiceCollection AddPlanFeature(this IServiceCollection services)
    {
        services.AddOptions<PlanOptions>().BindConfiguration(PlanOptions.Section);
        services.AddPlanImportStores();
        // PlanFileDownloader puts one deadline on the whole download; HttpClient's own timeout ends at the headers.
        services.AddHttpClient(PlanFileDownloader.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Redirects are followed by hand so each hop is checked against the download policy.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<DownloadPolicy>();
        services.AddSingleton<PlanFileDownloader>();
        services.AddScoped<SamplePlanImporter>();
        services.AddScoped<CoordinatorAccess>();
        services.AddScoped<PendingImportAction>();
        services.AddScoped<UnitChoicePrompt>();
        services.AddScoped<UndatedCards>();
        services.AddScoped<PlanUploadHandler>();
        services.AddScoped<PublishPlanHandler>();
        services.AddScoped<CancelImportHandler>();
        services.AddScoped<SetDateHandler>();
        services.AddScoped<UndatedListHandler>();
        return services;
    }

    /// <summary>
    /// Card actions and messages this feature answers (called by <see cref="BotRoutes"/> in order, before the
    /// Ask routes: a file message may carry text, and "việc chưa có hạn" must not be read as a question).
    /// </summary>
    public static RouteTable MapPlanRoutes(this RouteTable routes) => routes
        .OnCardAction(PublishPlanHandler.Verb, Handlers.Use<PublishPlanHandler>())
        .OnCardAction(CancelImportHandler.Verb, Handlers.Use<CancelImportHandler>())
        .OnCardAction(SetDateCards.Verb, Handlers.Use<SetDateHandler>())
        .On("plans:upload", PlanUploadHandler.Matches, Handlers.Use<PlanUploadHandler>())
        .On("plans:undated", UndatedListHandler.Matches, Handlers.Use<UndatedListHandler>());
}
