using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.App.Features.Nudges.Sending;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges;

/// <summary>
/// The reminders' clock: at each working day's send time (08:00 Vietnam by default), and at startup if the day's time
/// has passed but working hours have not, it plans the day for every organisation. Each (organisation, day) is a run-once
/// job shared by every instance, so the schedule runs once however many instances start; on the week's digest day it also
/// sends the coordinators' digest (<see cref="WeeklyDigest"/>), once per organisation and week. Driven by
/// <see cref="TimeProvider"/>: tests advance a fake clock through a year.
/// </summary>
internal sealed partial class NudgeScheduler(
    IServiceScopeFactory scopes,
    IOrganisationStore organisations,
    IJobRuns jobs,
    WeeklyDigest digest,
    IWorkingCalendar calendar,
    NudgeSignals signals,
    NudgeInstance instance,
    IOptions<NudgeOptions> options,
    TimeProvider clock,
    ILogger<NudgeScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan JobLease = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            try
            {
                await RunDayAsync(now, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPlanningFailed(error, NudgeSlots.Local(now).Day);
            }

            await SleepUntilAsync(NextRun(now), stoppingToken);
        }
    }

    /// <summary>Plans <paramref name="now"/>'s day for every organisation whose send time has come, once across instances.</summary>
    public async Task RunDayAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (day, _) = NudgeSlots.Local(now);
        if (!calendar.IsWorkingDay(day)) return;
        await using var scope = scopes.CreateAsyncScope();
        var planning = scope.ServiceProvider.GetRequiredService<NudgePlanning>();
        foreach (var organisation in await organisations.ListOrganisationsAsync(cancellationToken))
        {
            var policy = options.Value.PolicyFor(organisation.Name);
            var time = NudgeSlots.Local(now).Time;
            if (time < policy.SendAt || time > policy.WorkEnd) continue;
            var key = $"nudges:{organisation.Id:N}:{day:yyyy-MM-dd}";
            if (await jobs.TryStartAsync(key, instance.Id, now, JobLease, cancellationToken))
            {
                var (planned, stored) = await planning.PlanAndStoreAsync(organisation, now, cancellationToken);
                await jobs.CompleteAsync(key, instance.Id, clock.GetUtcNow(), cancellationToken);
                if (planned > 0) LogPlanned(organisation.Name, day, planned, stored);
            }
            // The coordinators' digest is its own run-once job (per organisation and week): it does nothing on other days.
            if (await digest.RunAsync(organisation, now, cancellationToken) is > 0 and var digests) LogDigest(organisation.Name, day, digests);
        }
        signals.Planned(day);
    }

    /// <summary>
    /// A timer on the injected clock, announced only once it is set: a test that advances a fake clock after the
    /// announcement can never move time past a wake-up that was not registered yet.
    /// </summary>
    private async Task SleepUntilAsync(DateTimeOffset until, CancellationToken stoppingToken)
    {
        var delay = until - clock.GetUtcNow();
        if (delay <= TimeSpan.Zero) return;
        var rang = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var timer = clock.CreateTimer(_ => rang.TrySetResult(), null, delay, Timeout.InfiniteTimeSpan);
        signals.SchedulerSleeping(until);
        await rang.Task.WaitAsync(stoppingToken);
    }

    /// <summary>The next send time of any organisation's policy after <paramref name="now"/>.</summary>
    private DateTimeOffset NextRun(DateTimeOffset now)
    {
        var policies = options.Value.Organisations.Keys.Select(options.Value.PolicyFor).Append(options.Value.PolicyFor(null));
        return policies.Select(p => NudgeSlots.NextSendTime(now.AddSeconds(1), p, calendar)).Min();
    }

    [LoggerMessage(12010, LogLevel.Information, "Reminders for {Organisation} on {Day}: {Planned} planned, {Stored} new")]
    private partial void LogPlanned(string organisation, DateOnly day, int planned, int stored);

    [LoggerMessage(12012, LogLevel.Information, "Weekly digest for {Organisation} on {Day}: {Count} coordinators")]
    private partial void LogDigest(string organisation, DateOnly day, int count);

    [LoggerMessage(12011, LogLevel.Error, "Reminders: planning {Day} failed")]
    private partial void LogPlanningFailed(Exception error, DateOnly day);
}
