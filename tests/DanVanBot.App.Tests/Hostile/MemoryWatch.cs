using System.Diagnostics;

namespace DanVanBot.App.Tests.Hostile;

/// <summary>
/// The process's peak working set above where it started, sampled every 10 ms while a hostile turn runs (the bot runs
/// in the test process). Run in a collection of its own, so no other test's memory is counted.
/// </summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly long baseline;
    private readonly Task<long> sampling;

    private MemoryWatch()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        baseline = WorkingSet();
        sampling = Task.Run(SampleAsync);
    }

    public static MemoryWatch Start() => new();

    /// <summary>Stops sampling; the largest growth seen, in bytes.</summary>
    public async Task<long> StopAsync()
    {
        await stop.CancelAsync();
        return await sampling - baseline;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested) await StopAsync();
        stop.Dispose();
    }

    private async Task<long> SampleAsync()
    {
        var peak = baseline;
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        do peak = Math.Max(peak, WorkingSet());
        while (!stop.IsCancellationRequested && await WaitAsync(ticks));
        return Math.Max(peak, WorkingSet());
    }

    private async Task<bool> WaitAsync(PeriodicTimer ticks)
    {
        try
        {
            return await ticks.WaitForNextTickAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static long WorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
