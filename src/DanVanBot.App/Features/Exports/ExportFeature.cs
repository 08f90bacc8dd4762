namespace DanVanBot.App.Features.Exports;

/// <summary>The coordinating office's paperwork: the compliance workbook and the draft consolidated report, as signed links.</summary>
internal static class ExportFeature
{
    public static IServiceCollection AddExportFeature(this IServiceCollection services)
    {
        services.AddOptions<ExportOptions>().BindConfiguration(ExportOptions.Section)
            .Validate(o => o.LinkLifetime > TimeSpan.Zero && o.LinkLifetime <= TimeSpan.FromHours(1), "Exports:LinkLifetime must be between 0 and 1 hour.")
            .Validate(o => o.PublicBaseUrl is null || o.PublicBaseUrl.IsAbsoluteUri, "Exports:PublicBaseUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddSingleton<ExportLinks>();
        services.AddScoped<ExportSource>();
        services.AddScoped<ExportBuilder>();
        services.AddScoped<ExportRequestHandler>();
        return services;
    }
}
