using System.Security.Claims;
using System.Threading.Channels;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Hosting;

public sealed record QueuedTurn(Activity Activity, ClaimsIdentity Identity);

/// <summary>
/// Non-invoke turns, accepted with 202 and processed in the background. Activities are spread over
/// partitions by conversation id, each drained by one worker, so a conversation's messages are
/// answered in the order they arrived while different conversations proceed in parallel.
/// In memory: a crash loses queued turns (the outbox issue brings durable delivery).
/// </summary>
public sealed class TurnQueue
{
    private readonly Channel<QueuedTurn>[] partitions;

    public TurnQueue(IOptions<BotHostingOptions> options)
    {
        var count = Math.Max(1, options.Value.Partitions);
        partitions = new Channel<QueuedTurn>[count];
        for (var i = 0; i < count; i++)
        {
            partitions[i] = Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(options.Value.QueueCapacityPerPartition)
            {
                SingleReader = true,
                FullMode = BoundedChannelFullMode.Wait,
            });
        }
    }

    public int PartitionCount => partitions.Length;

    public int PartitionOf(string? conversationId) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode(conversationId ?? string.Empty) % (uint)partitions.Length);

    /// <returns>False when the partition is full: the caller answers 503 so the sender retries later.</returns>
    public bool TryEnqueue(QueuedTurn turn) =>
        partitions[PartitionOf(turn.Activity.Conversation?.Id)].Writer.TryWrite(turn);

    public ChannelReader<QueuedTurn> Reader(int partition) => partitions[partition].Reader;

    public void Complete()
    {
        foreach (var partition in partitions) partition.Writer.TryComplete();
    }
}
