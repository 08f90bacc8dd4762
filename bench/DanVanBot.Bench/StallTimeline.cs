using System.Diagnostics;
using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// Samples, every 20 ms while a step runs, what can hold every turn at once without being the bot's code: the GC's
/// pauses, the time the hypervisor gave this machine's vCPUs to other guests (steal) and the time CPUs sat idle
/// waiting for the disk (iowait; both from <see cref="CpuTicks"/>), and how late its own 20 ms tick came: a tick more
/// than 20 ms late means this process ran nothing for that long (its timers, the load generator's included, fired
/// late). Keeps the samples where any of them grew, as "time, ms GC paused, ms stolen, ms in iowait, ms the tick was
/// late" on the clock of <see cref="Latencies.Timeline"/>, to tell which of them a burst of slow turns came with.
/// </summary>
public sealed class StallTimeline : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(20);
    private const double LateEnough = 20; // ms; below it, ordinary timer jitter

    private readonly List<string> stalls = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public StallTimeline() => sampling = SampleAsync();

    /// <summary>Complete once <see cref="StopAsync"/> has returned.</summary>
    public IReadOnlyList<string> Stalls => stalls;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(Period);
        var (previousPause, previous) = (GC.GetTotalPauseDuration(), CpuTicks.Read() ?? default);
        var previousTick = Stopwatch.GetTimestamp();
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var (pause, now, tick) = (GC.GetTotalPauseDuration(), CpuTicks.Read() ?? default, Stopwatch.GetTimestamp());
                var lateMs = Stopwatch.GetElapsedTime(previousTick, tick).TotalMilliseconds - Period.TotalMilliseconds;
                if (pause > previousPause || now.Steal > previous.Steal || now.IoWait > previous.IoWait || lateMs > LateEnough)
                {
                    stalls.Add(string.Format(CultureInfo.InvariantCulture, "{0:F3},{1:F2},{2:F0},{3:F0},{4:F0}",
                        tick / (double)Stopwatch.Frequency, (pause - previousPause).TotalMilliseconds,
                        (now.Steal - previous.Steal) * CpuTicks.MillisecondsPerTick,
                        (now.IoWait - previous.IoWait) * CpuTicks.MillisecondsPerTick, Math.Max(0, lateMs)));
                }
                (previousPause, previous, previousTick) = (pause, now, tick);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the step.
        }
    }

    public async Task StopAsync()
    {
        if (!stop.IsCancellationRequested) await stop.CancelAsync();
        await sampling;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        stop.Dispose();
    }
}
