using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Drains the turn queue: one loop per partition. A loop never dies of a turn: whatever escapes the turn runner
/// (it answers every failure itself, except OutOfMemoryException) is logged at once and the loop goes on; a loop that
/// fails anyway is logged and restarted. Its state is in <see cref="TurnWorkerStatus"/> for the health check.
/// On shutdown, finishes what is already queued.
/// </summary>
public sealed class TurnWorker(
    TurnQueue queue, TurnRunner runner, TurnWorkerStatus status, TimeProvider clock, ILogger<TurnWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(1);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        var loops = Enumerable.Range(0, queue.PartitionCount).Select(SuperviseAsync);
        return Task.WhenAll(loops);
    }

    private async Task SuperviseAsync(int partition)
    {
        while (true)
        {
            try
            {
                await DrainAsync(partition);
                status.LoopEnded(partition);
                return; // the queue was completed: shutdown
            }
            catch (Exception error)
            {
                status.LoopEnded(partition);
                Log.WorkerLoopFailed(logger, error, partition);
                await Task.Delay(RestartDelay, clock); // a loop failing at once again must not spin
            }
        }
    }

    private async Task DrainAsync(int partition)
    {
        status.LoopStarted(partition);
        var reader = queue.Reader(partition);
        while (await reader.WaitToReadAsync())
        {
            while (reader.TryRead(out var turn))
            {
                status.TurnStarted(partition);
                try
                {
                    await runner.RunAsync(turn.Activity, turn.Identity);
                }
                catch (Exception error)
                {
                    status.TurnCrashed(partition);
                    Log.TurnCrashed(logger, error, partition, turn.Activity.Type, turn.Activity.Id, turn.Activity.Conversation?.Id);
                    await runner.ApologiseAsync(turn.Activity, turn.Identity);
                }
                finally
                {
                    status.TurnEnded(partition);
                }
            }
        }
    }
}
