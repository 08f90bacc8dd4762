using Microsoft.Extensions.Hosting;

namespace DanVanBot.Protocol.Hosting;

/// <summary>Drains the turn queue: one loop per partition. On shutdown, finishes what is already queued.</summary>
public sealed class TurnWorker(TurnQueue queue, TurnRunner runner) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        stoppingToken.Register(queue.Complete);
        var loops = Enumerable.Range(0, queue.PartitionCount).Select(DrainAsync);
        return Task.WhenAll(loops);
    }

    private async Task DrainAsync(int partition)
    {
        await foreach (var turn in queue.Reader(partition).ReadAllAsync())
            await runner.RunAsync(turn.Activity, turn.Identity);
    }
}
