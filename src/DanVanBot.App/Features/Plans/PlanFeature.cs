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
        services.AddScoped<PlanTargets>();
        services.AddScoped<PendingImportAction>();
        services.AddScoped<UndatedCards>();
        services.AddScoped<PlanUploadHandler>();
        services.AddScoped<PublishPlanHandler>();
        services.AddScoped<CancelImportHandler>();
        services.AddScoped<SetDateHandler>();
        services.AddScoped<UndatedListHandler>();
        return services;
    }
}
