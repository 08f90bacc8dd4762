namespace DanVanBot.App.Features.Nudges;

/// <summary>
/// How the scheduler, the chat handlers and the dispatcher tell each other that there is work, and how tests wait for
/// "planned" and "sent everything" without sleeping. Every <see cref="Wake"/> bumps a version; a dispatcher pass records
/// the version it started at, so "idle since version v" means everything woken before v has been handled.
/// </summary>
internal sealed class NudgeSignals
{
    private readonly Lock gate = new();
    private TaskCompletionSource wake = New();
    private long version;
    private long idleVersion = -1;
    private readonly List<(long Version, TaskCompletionSource Done)> idleWaiters = [];
    private readonly List<(DateOnly Day, TaskCompletionSource<long> Done)> planWaiters = [];
    private readonly Dictionary<DateOnly, long> planned = [];
    private TaskCompletionSource<DateTimeOffset> sleeping = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DateTimeOffset sleepingUntil = DateTimeOffset.MinValue;

    /// <summary>Completes at the next <see cref="Wake"/>; take it before looking for work, so no wake-up is lost.</summary>
    public Task WakeTask { get { lock (gate) return wake.Task; } }

    public long Version { get { lock (gate) return version; } }

    public long Wake()
    {
        TaskCompletionSource woken;
        long now;
        lock (gate)
        {
            now = ++version;
            woken = wake;
            wake = New();
        }
        woken.TrySetResult();
        return now;
    }

    /// <summary>A dispatcher pass that started at <paramref name="startVersion"/> found nothing more to send.</summary>
    public void Idle(long startVersion)
    {
        List<TaskCompletionSource> done;
        lock (gate)
        {
            idleVersion = Math.Max(idleVersion, startVersion);
            done = idleWaiters.Where(w => w.Version <= idleVersion).Select(w => w.Done).ToList();
            idleWaiters.RemoveAll(w => w.Version <= idleVersion);
        }
        done.ForEach(d => d.TrySetResult());
    }

    public Task WaitIdleAsync(long sinceVersion)
    {
        lock (gate)
        {
            if (idleVersion >= sinceVersion) return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idleWaiters.Add((sinceVersion, done));
            return done.Task;
        }
    }

    /// <summary>The scheduler planned <paramref name="day"/> (or found it planned); returns the wake version that follows.</summary>
    public void Planned(DateOnly day)
    {
        var woken = Wake();
        List<TaskCompletionSource<long>> done;
        lock (gate)
        {
            planned[day] = woken;
            done = planWaiters.Where(w => w.Day == day).Select(w => w.Done).ToList();
            planWaiters.RemoveAll(w => w.Day == day);
        }
        done.ForEach(d => d.TrySetResult(woken));
    }

    /// <summary>Completes with the wake version once <paramref name="day"/> has been planned in this instance.</summary>
    public Task<long> WaitPlannedAsync(DateOnly day)
    {
        lock (gate)
        {
            if (planned.TryGetValue(day, out var woken)) return Task.FromResult(woken);
            var done = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            planWaiters.Add((day, done));
            return done.Task;
        }
    }

    /// <summary>The scheduler set its timer for <paramref name="until"/> and waits.</summary>
    public void SchedulerSleeping(DateTimeOffset until)
    {
        TaskCompletionSource<DateTimeOffset> done;
        lock (gate)
        {
            sleepingUntil = until;
            done = sleeping;
            sleeping = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        done.TrySetResult(until);
    }

    /// <summary>The instant the scheduler sleeps until, once it is asleep until a time later than <paramref name="after"/>.</summary>
    public async Task<DateTimeOffset> WaitSchedulerSleepingAsync(DateTimeOffset after)
    {
        while (true)
        {
            Task<DateTimeOffset> next;
            lock (gate)
            {
                if (sleepingUntil > after) return sleepingUntil;
                next = sleeping.Task;
            }
            await next;
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
