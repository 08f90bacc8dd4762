namespace DanVanBot.App.Features.Reports;

/// <summary>Progress reports: the form (from chat and buttons), its checks, the receipt.</summary>
internal static class ReportFeature
{
    public static IServiceCollection AddReportFeature(this IServiceCollection services)
    {
        services.AddScoped<ReportTargets>();
        services.AddSingleton<OpenReports>();
        services.AddScoped<ReportChatHandler>();
        services.AddScoped<ReportOpenHandler>();
        services.AddScoped<ReportSubmitHandler>();
        services.AddScoped<ComplianceHandler>();
        services.AddScoped<UnitStatusHandler>();
        services.AddScoped<ReportViewTarget>();
        services.AddScoped<ReportViewHandler>();
        return services;
    }
}
