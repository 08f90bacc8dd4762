using System.Globalization;
using System.Text.Json.Nodes;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Hosting;

/// <summary>
/// <c>Bot:FixedToday</c> (yyyy-MM-dd): in Development only, the bot lives on that day, so a new user can try "as of
/// 21/11/2026" in chat as the command line's <c>--today</c> allows. It is a <see cref="TimeProvider"/>, so everything that
/// reads the clock agrees, and every card says "(ngày giả định 21/11/2026)". Any other environment ignores the key and
/// says so in the log: a production bot must never answer for a pretend day.
/// </summary>
internal static partial class FixedToday
{
    public const string Key = "Bot:FixedToday";
    public const string NoteFormat = "(ngày giả định {0})";

    public static IServiceCollection AddFixedToday(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text)) return services;
        if (!environment.IsDevelopment())
        {
            services.AddHostedService(provider => new IgnoredWarning(provider.GetRequiredService<ILogger<FixedDayTimeProvider>>(), environment.EnvironmentName));
            return services;
        }
        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            throw new InvalidOperationException($"{Key} phải có dạng yyyy-MM-dd (ví dụ 2026-11-21), không phải '{text}'.");

        var clock = new FixedDayTimeProvider(day, TimeProvider.System);
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<IOutgoingCardFilter>(new AssumedDayNote(day));
        return services;
    }

    /// <summary>Adds "(ngày giả định dd/MM/yyyy)" at the top of every card.</summary>
    private sealed class AssumedDayNote(DateOnly day) : IOutgoingCardFilter
    {
        public JsonObject Apply(JsonObject card)
        {
            if (card["body"] is not JsonArray body) card["body"] = body = [];
            body.Insert(0, new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = string.Format(CultureInfo.InvariantCulture, NoteFormat, VietnameseDates.Date(day)),
                ["size"] = "Small",
                ["isSubtle"] = true,
                ["wrap"] = true,
            });
            return card;
        }
    }

    private sealed partial class IgnoredWarning(ILogger logger, string environmentName) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogIgnored(logger, Key, environmentName);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(3001, LogLevel.Warning, "{Key} is set but ignored in the {Environment} environment: the bot uses the real date")]
        private static partial void LogIgnored(ILogger logger, string key, string environment);
    }
}

/// <summary>The fixed day at the real time of day (Vietnam), so the date never moves and timers still run.</summary>
internal sealed class FixedDayTimeProvider(DateOnly day, TimeProvider inner) : TimeProvider
{
    public override DateTimeOffset GetUtcNow()
    {
        var now = VietnamTime.Now(inner);
        return new DateTimeOffset(day.ToDateTime(TimeOnly.FromTimeSpan(now.TimeOfDay)), now.Offset).ToUniversalTime();
    }

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;
}
