using System.Collections.Concurrent;
using DanVanBot.Storage.Nudges;

namespace DanVanBot.App.Features.Nudges.Sending;

/// <summary>
/// Records the outcomes of concurrent sends in groups: while one group is being committed, the outcomes that arrive
/// queue up, and the next sender to get the lock commits all of them at once. A commit per reminder made recording, not
/// Teams, the limit of the sending rate (SQLite waits for the disk on every commit). No timer: a lone send is written at
/// once, and a result waits at most for the commit in flight, so a crash loses no more than it did before. Only where
/// the outbox prefers it (SQLite): on PostgreSQL parallel single-row commits are faster than one writer's groups.
/// </summary>
internal sealed class NudgeResultWriter(INudgeOutbox outbox, NudgeInstance instance)
{
    /// <summary>Statements per transaction; a group this large is already one commit for a whole batch.</summary>
    private const int MaxGroup = 128;

    private readonly ConcurrentQueue<Pending> queue = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>True when the claim was still held and the outcome is recorded; false when another instance took it over.</summary>
    public Task<bool> RecordAsync(Guid id, NudgeOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken) =>
        outbox.PrefersGroupedCompletions
            ? RecordInGroupAsync(id, outcome, at, cancellationToken)
            : outbox.CompleteAsync(id, instance.Id, outcome, at, cancellationToken);

    private async Task<bool> RecordInGroupAsync(Guid id, NudgeOutcome outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var mine = new Pending(new NudgeCompletion(id, outcome, at));
        queue.Enqueue(mine);
        await gate.WaitAsync(cancellationToken);
        try
        {
            while (!mine.Done.Task.IsCompleted) await WriteGroupAsync();
        }
        finally
        {
            gate.Release();
        }
        return await mine.Done.Task;
    }

    /// <summary>
    /// Writes what is queued. Not cancellable: these messages were sent, and their results are worth keeping even while
    /// the instance stops; an error reaches every sender of the group.
    /// </summary>
    private async Task WriteGroupAsync()
    {
        var group = new List<Pending>();
        while (group.Count < MaxGroup && queue.TryDequeue(out var next)) group.Add(next);
        if (group.Count == 0) return;
        try
        {
            var recorded = await outbox.CompleteManyAsync([.. group.Select(p => p.Completion)], instance.Id, CancellationToken.None);
            foreach (var pending in group) pending.Done.TrySetResult(recorded.Contains(pending.Completion.Id));
        }
        catch (Exception error)
        {
            foreach (var pending in group) pending.Done.TrySetException(error);
        }
    }

    private sealed record Pending(NudgeCompletion Completion)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
