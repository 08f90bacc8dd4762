using System.Diagnostics;
using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// Samples, every 20 ms while a step runs, what can hold every turn at once without being the bot's code: the GC's
/// pauses, the time the hypervisor gave this machine's vCPUs to other guests (steal) and the time CPUs sat idle
/// waiting for the disk (iowait; both from <see cref="CpuTicks"/>). Keeps the samples where any grew, as "time,
/// ms GC paused, ms stolen, ms in iowait" on the clock of <see cref="Latencies.Timeline"/>, to tell which of them a
/// burst of slow turns came with.
/// </summary>
public sealed class StallTimeline : IAsyncDisposable
{
    private readonly List<string> stalls = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public StallTimeline() => sampling = SampleAsync();

    /// <summary>Complete once <see cref="StopAsync"/> has returned.</summary>
    public IReadOnlyList<string> Stalls => stalls;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        var (previousPause, previous) = (GC.GetTotalPauseDuration(), CpuTicks.Read() ?? default);
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var (pause, now) = (GC.GetTotalPauseDuration(), CpuTicks.Read() ?? default);
                if (pause > previousPause || now.Steal > previous.Steal || now.IoWait > previous.IoWait)
                {
                    stalls.Add(string.Format(CultureInfo.InvariantCulture, "{0:F3},{1:F2},{2:F0},{3:F0}",
                        Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency, (pause - previousPause).TotalMilliseconds,
                        (now.Steal - previous.Steal) * CpuTicks.MillisecondsPerTick, (now.IoWait - previous.IoWait) * CpuTicks.MillisecondsPerTick));
                }
                (previousPause, previous) = (pause, now);
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
