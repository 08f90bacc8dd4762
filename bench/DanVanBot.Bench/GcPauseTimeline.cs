using System.Diagnostics;
using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>
/// Samples the GC's total pause time every 20 ms while a step runs and keeps the samples where it grew: "time, ms paused
/// since the previous sample", on the same clock as <see cref="Latencies.Timeline"/>, to tell a GC pause from a slow database.
/// </summary>
public sealed class GcPauseTimeline : IAsyncDisposable
{
    private readonly List<string> pauses = [];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public GcPauseTimeline() => sampling = SampleAsync();

    public IReadOnlyList<string> Pauses => pauses;

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        var previous = GC.GetTotalPauseDuration();
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var now = GC.GetTotalPauseDuration();
                if (now > previous)
                {
                    pauses.Add(string.Format(CultureInfo.InvariantCulture, "{0:F3},{1:F2}",
                        Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency, (now - previous).TotalMilliseconds));
                }
                previous = now;
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped with the step.
        }
    }

    /// <summary>Ends the sampling; <see cref="Pauses"/> is complete after it.</summary>
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
