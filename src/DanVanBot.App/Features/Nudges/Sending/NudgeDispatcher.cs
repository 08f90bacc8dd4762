using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>
/// Drains the outbox: claims batches under a lease, sends them with bounded concurrency, records every result. Runs in
/// every instance; claims keep instances apart. Sleeps until the next reminder is due, a wake-up, or the poll interval
/// (to pick up work planned by other instances and leases left by dead ones), all on the injected clock.
/// </summary>
internal sealed partial class NudgeDispatcher(
    INudgeOutbox outbox,
    INudgeReachability reachability,
    IReportCompliance reports,
    NudgeSender sender,
    NudgeResultWriter results,
    NudgeRateLimiter limiter,
    NudgeSignals signals,
    NudgeInstance instance,
    IOptions<NudgeOptions> options,
    TimeProvider clock,
    ILogger<NudgeDispatcher> logger) : BackgroundService
{
    /// <summary>After this many 429s a reminder is recorded as throttled instead of waiting again.</summary>
    private const int MaxThrottledAttempts = 8;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = signals.WakeTask;
            var startVersion = signals.Version;
            try
            {
                var sent = await DrainAsync(stoppingToken);
                if (sent > 0) LogDrained(sent);
                signals.Idle(startVersion);
                await SleepAsync(woken, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A database or network fault must not stop reminders for good: log, wait a poll, try again. The wait
                // does not ask the outbox when the next reminder is due: the database may be what failed, and an
                // exception here would end the worker and, through the host, stop the whole bot.
                LogPassFailed(error);
                await SleepAsync(woken, stoppingToken, askOutbox: false);
            }
        }
    }

    /// <summary>Sends everything claimable now; returns how many reminders were handled.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var handled = 0;
        while (true)
        {
            var claimedAt = clock.GetUtcNow();
            var batch = await outbox.ClaimAsync(instance.Id, settings.BatchSize, claimedAt, settings.Lease, cancellationToken);
            if (batch.Count == 0) return handled;
            var blocked = await reachability.FindUnreachableAsync(
                batch.Where(n => n.AadObjectId is not null).Select(n => n.AadObjectId!).ToList(), cancellationToken);
            var reported = await ReportedAsync(batch, cancellationToken);
            await Parallel.ForEachAsync(batch,
                new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
                (nudge, token) => reported.Contains((nudge.OccurrenceId, nudge.UnitId))
                    ? new ValueTask(results.RecordAsync(nudge.Id, new NudgeOutcome(NudgeState.Cancelled, NudgeFailure.UnitReported), clock.GetUtcNow(), token))
                    : new ValueTask(SendOneAsync(nudge, claimedAt, blocked, token)));
            handled += batch.Count;
        }
    }

    /// <summary>
    /// The units of the batch that have reported since their reminders were planned (a report from another instance,
    /// the command line, or between planning and sending): those reminders are cancelled, not sent.
    /// </summary>
    private async Task<HashSet<(Guid, Guid)>> ReportedAsync(IReadOnlyList<NudgeRecord> batch, CancellationToken cancellationToken)
    {
        var reported = new HashSet<(Guid, Guid)>();
        foreach (var (occurrence, unit) in batch.Select(n => (n.OccurrenceId, n.UnitId)).Distinct())
        {
            if (await reports.HasReportedAsync(unit, occurrence, cancellationToken)) reported.Add((occurrence, unit));
        }
        return reported;
    }

    private async Task SendOneAsync(
        NudgeRecord nudge, DateTimeOffset claimedAt, IReadOnlyDictionary<string, UnreachablePerson> blocked, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (nudge.AadObjectId is not null && blocked.TryGetValue(nudge.AadObjectId, out var unreachable))
        {
            // 403/404 earlier: Teams will refuse again until the person re-engages; record it without calling Teams.
            await results.RecordAsync(nudge.Id,
                new NudgeOutcome(NudgeState.Failed, unreachable.Reason, unreachable.StatusCode, "Đã không liên lạc được trước đó"), now, cancellationToken);
            return;
        }

        var paused = limiter.PausedFor(nudge.TenantId, now);
        if (paused > options.Value.Lease / 4)
        {
            await outbox.RescheduleAsync(nudge.Id, instance.Id, now + paused, NudgeFailure.Throttled, 429, "Tenant đang bị giới hạn", now, cancellationToken);
            return;
        }

        if (!await StillHeldAsync(nudge, claimedAt, cancellationToken))
        {
            LogLostClaim(nudge.Id);
            return;
        }
        var result = await sender.SendAsync(nudge, cancellationToken);
        now = clock.GetUtcNow();
        if (result.IsThrottled && nudge.Attempts < MaxThrottledAttempts)
        {
            var wait = result.RetryAfter ?? Backoff(nudge.Attempts);
            limiter.Pause(nudge.TenantId, now + wait);
            LogThrottled(nudge.TenantId, wait);
            await outbox.RescheduleAsync(nudge.Id, instance.Id, now + wait, NudgeFailure.Throttled, 429, result.Outcome.Error, now, cancellationToken);
            return;
        }

        if (!await results.RecordAsync(nudge.Id, result.Outcome, now, cancellationToken)) LogLostClaim(nudge.Id);
        if (result.Outcome.Failure is NudgeFailure.BlockedByUser or NudgeFailure.NotInstalled or NudgeFailure.ConversationGone
            or NudgeFailure.DisabledByAdmin && nudge.AadObjectId is not null)
        {
            await reachability.MarkUnreachableAsync(
                new UnreachablePerson(nudge.AadObjectId!, nudge.PersonId, nudge.PersonName, result.Outcome.Failure.Value,
                    result.Outcome.StatusCode, now), nudge.OrganisationId, result.Outcome.ConversationId, cancellationToken);
        }
    }

    /// <summary>
    /// A batch that has waited (a slow Connector, a loaded machine) may outlive its lease, and another instance would then
    /// claim and send the same reminders. So past a third of the lease a claim is renewed right before Teams is called, and a
    /// claim already taken over is not sent. A fresh claim costs nothing extra.
    /// </summary>
    private async Task<bool> StillHeldAsync(NudgeRecord nudge, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var lease = options.Value.Lease;
        return now - claimedAt < lease / 3 || await outbox.RenewAsync(nudge.Id, instance.Id, now, lease, cancellationToken);
    }

    /// <summary>A 429 without Retry-After: exponential with jitter, from the configured step.</summary>
    private TimeSpan Backoff(int attempts) =>
        options.Value.ThrottleBackoff * Math.Pow(2, Math.Min(attempts, 6)) * (0.8 + Random.Shared.NextDouble() * 0.4);

    private async Task SleepAsync(Task woken, CancellationToken stoppingToken, bool askOutbox = true)
    {
        var now = clock.GetUtcNow();
        var delay = options.Value.PollInterval;
        if (askOutbox && await outbox.NextDueAsync(stoppingToken) is { } next && next - now < delay) delay = next - now;
        // Due now but nothing was claimable: another instance holds those rows for a moment. Do not spin on the database.
        if (delay <= TimeSpan.Zero) delay = TimeSpan.FromMilliseconds(50);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var sleeping = Task.Delay(delay, clock, cancel.Token);
        await Task.WhenAny(sleeping, woken);
        await cancel.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
    }

    [LoggerMessage(12001, LogLevel.Information, "Reminders: {Count} handled in this pass")]
    private partial void LogDrained(int count);

    [LoggerMessage(12002, LogLevel.Error, "Reminders: a sending pass failed; retrying after the poll interval")]
    private partial void LogPassFailed(Exception error);

    [LoggerMessage(12003, LogLevel.Warning, "Reminders: Teams throttled tenant {TenantId}; pausing it for {Wait}")]
    private partial void LogThrottled(string? tenantId, TimeSpan wait);

    [LoggerMessage(12004, LogLevel.Warning, "Reminders: the claim on {NudgeId} was lost (lease expired, another instance took it over)")]
    private partial void LogLostClaim(Guid nudgeId);
}

/// <summary>This instance's name in claims, leases and "sent by".</summary>
internal sealed record NudgeInstance(string Id)
{
    public static NudgeInstance From(NudgeOptions options) => new(
        string.IsNullOrWhiteSpace(options.InstanceId)
            ? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}"
            : options.InstanceId);
}
