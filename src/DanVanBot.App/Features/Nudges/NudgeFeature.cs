using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.App.Features.Reports;
using DanVanBot.Protocol.Hosting;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges;

/// <summary>Reminders before deadlines: planning, the outbox sender, the scheduler and the reminder card's buttons.</summary>
internal static class NudgeFeature
{
    public static IServiceCollection AddNudgeFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NudgeOptions>().BindConfiguration(NudgeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => NudgeInstance.From(sp.GetRequiredService<IOptions<NudgeOptions>>().Value));
        services.AddSingleton<NudgeSignals>();
        services.AddSingleton(sp =>
        {
            var settings = sp.GetRequiredService<IOptions<NudgeOptions>>().Value;
            return new NudgeRateLimiter(settings.MessagesPerSecondPerTenant, settings.MessagesPerSecondPerConversation,
                sp.GetRequiredService<TimeProvider>());
        });
        services.AddNudgeConnector();
        services.AddSingleton<INudgeFeed, StoreNudgeFeed>();
        services.AddSingleton<INudgeRoster, DirectoryNudgeRoster>();
        services.AddSingleton<NudgePlanner>();
        services.AddScoped<NudgePlanning>();
        services.AddSingleton<NudgeSender>();
        services.AddSingleton<NudgeResultWriter>();
        services.AddSingleton<NudgeDispatcher>();
        services.AddSingleton<WeeklyDigest>();
        services.AddSingleton<NudgeScheduler>();
        services.AddSingleton<NudgeReportSettler>();
        services.AddSingleton<IReportSubmitted>(sp => sp.GetRequiredService<NudgeReportSettler>());
        services.AddHostedService(sp => sp.GetRequiredService<NudgeReportSettler>());
        if (configuration.GetValue(NudgeOptions.Section + ":" + nameof(NudgeOptions.Enabled), true))
        {
            services.AddHostedService(sp => sp.GetRequiredService<NudgeDispatcher>());
            services.AddHostedService(sp => sp.GetRequiredService<NudgeScheduler>());
        }
        services.AddScoped<NudgeCardAction>();
        services.AddScoped<AcknowledgeNudgeHandler>();
        services.AddScoped<SnoozeNudgeHandler>();
        services.AddScoped<MuteNudgeHandler>();
        services.AddScoped<UnmuteNudgeHandler>();
        services.AddScoped<DeliveryView>();
        services.AddScoped<DeliveryViewHandler>();
        services.AddSingleton<RequestedNudges>();
        services.AddScoped<RemindMissingHandler>();
        services.AddScoped<PreviewRequestedNudgeHandler>();
        services.AddScoped<SendRequestedNudgeHandler>();
        services.AddScoped<CancelRequestedNudgeHandler>();
        return services;
    }

    /// <summary>
    /// The reminder card's own buttons (called by <see cref="BotRoutes"/>). "Báo cáo ngay" is the reports' own
    /// <c>report.open</c> with the reminder's occurrence and unit: the report form, behind the reports' gate.
    /// </summary>
    public static RouteTable MapNudgeRoutes(this RouteTable routes) => routes
        .OnCardAction(AcknowledgeNudgeHandler.Verb, Requirement.Person, Handlers.Use<AcknowledgeNudgeHandler>())
        .OnCardAction(SnoozeNudgeHandler.Verb, Requirement.Person, Handlers.Use<SnoozeNudgeHandler>())
        .OnCardAction(MuteNudgeHandler.Verb, Requirement.Person, Handlers.Use<MuteNudgeHandler>())
        .OnCardAction(UnmuteNudgeHandler.Verb, Requirement.Person, Handlers.Use<UnmuteNudgeHandler>());
}
