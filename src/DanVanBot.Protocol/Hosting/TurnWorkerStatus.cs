namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// What each turn-queue partition's worker is doing, for the health check: whether its loop runs, and since when it
/// has been busy with one turn. Written by the worker, read by <see cref="TurnWorkerHealthCheck"/>.
/// </summary>
public sealed class TurnWorkerStatus(TurnQueue queue, TimeProvider clock)
{
    private const long Idle = 0;
    private readonly int[] running = new int[queue.PartitionCount];
    private readonly long[] busySince = new long[queue.PartitionCount];
    private readonly int[] crashes = new int[queue.PartitionCount];

    public int PartitionCount => running.Length;

    public bool IsRunning(int partition) => Volatile.Read(ref running[partition]) == 1;

    /// <summary>How long the partition has been on its current turn; null when it waits for one.</summary>
    public TimeSpan? BusyFor(int partition)
    {
        var since = Volatile.Read(ref busySince[partition]);
        return since == Idle ? null : clock.GetElapsedTime(since);
    }

    /// <summary>Turns that failed past the turn runner (e.g. out of memory) since start.</summary>
    public int Crashes(int partition) => Volatile.Read(ref crashes[partition]);

    internal void LoopStarted(int partition) => Volatile.Write(ref running[partition], 1);

    internal void LoopEnded(int partition)
    {
        Volatile.Write(ref running[partition], 0);
        Volatile.Write(ref busySince[partition], Idle);
    }

    // GetTimestamp is never 0 on a real or fake clock that has started, but keep Idle unambiguous.
    internal void TurnStarted(int partition) => Volatile.Write(ref busySince[partition], Math.Max(1, clock.GetTimestamp()));

    internal void TurnEnded(int partition) => Volatile.Write(ref busySince[partition], Idle);

    internal void TurnCrashed(int partition) => Interlocked.Increment(ref crashes[partition]);
}
