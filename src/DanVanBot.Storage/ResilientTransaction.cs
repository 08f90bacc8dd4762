using Microsoft.EntityFrameworkCore;

namespace DanVanBot.Storage;

/// <summary>
/// The one way the stores open an explicit transaction. A retrying execution strategy (SQL Server, PostgreSQL)
/// refuses user-initiated transactions outside it, and on a transient fault it replays the whole unit of work,
/// so the work must start from a clean change tracker and be safe to run again (imports are: natural keys).
/// </summary>
internal static class ResilientTransaction
{
    public static Task<T> RunAsync<T>(
        DanVanDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            using var writeTurn = await db.EnterWriteAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var result = await work(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
}
