using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace DanVanBot.Storage.Sqlite;

/// <summary>
/// One writer at a time per SQLite file, queued in this process without polling. SQLite allows a single writer, and
/// Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms and trying again: at a hundred concurrent report
/// submissions most of a turn was spent asleep in that loop (bench/README.md, section 6). Waiting here instead hands
/// the lock to the next writer the moment the last one ends. SQLite serves a single instance, so a gate in the
/// process is a gate for the database; another process (the CLI) still meets SQLite's own busy handling.
/// A write must not start another write on the same file while it holds the gate; it could not before either, as
/// every transaction here begins IMMEDIATE and so holds SQLite's write lock from its first statement.
/// </summary>
internal static class SqliteWriteGate
{
    /// <summary>As long as SQLite itself would wait for a busy database (Microsoft.Data.Sqlite's default timeout).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, Gate> Gates = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string?> DatabaseFiles = new(StringComparer.Ordinal);

    /// <summary>The file behind a connection string; null for an in-memory database, which no other connection shares.</summary>
    public static string? DatabaseFile(string? connectionString) =>
        string.IsNullOrEmpty(connectionString) ? null : DatabaseFiles.GetOrAdd(connectionString, static c =>
        {
            var builder = new SqliteConnectionStringBuilder(c);
            return builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory ? null : Path.GetFullPath(builder.DataSource);
        });

    /// <returns>A lease to dispose when the write has committed or rolled back.</returns>
    public static async ValueTask<IDisposable> EnterAsync(string databaseFile, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(databaseFile, static _ => new Gate());
        Interlocked.Increment(ref gate.Waiting);
        try
        {
            if (!await gate.Turn.WaitAsync(Timeout, cancellationToken)) throw Busy(databaseFile);
        }
        finally
        {
            Interlocked.Decrement(ref gate.Waiting);
        }
        return new Lease(gate.Turn);
    }

    /// <summary>The same, for EF Core's synchronous paths.</summary>
    public static IDisposable Enter(string databaseFile)
    {
        var gate = Gates.GetOrAdd(databaseFile, static _ => new Gate());
        Interlocked.Increment(ref gate.Waiting);
        try
        {
            if (!gate.Turn.Wait(Timeout)) throw Busy(databaseFile);
        }
        finally
        {
            Interlocked.Decrement(ref gate.Waiting);
        }
        return new Lease(gate.Turn);
    }

    /// <summary>How many writers wait for the file's gate now: lets a test see a writer queued without sleeping.</summary>
    internal static int Waiting(string databaseFile) => Gates.TryGetValue(databaseFile, out var gate) ? Volatile.Read(ref gate.Waiting) : 0;

    private static TimeoutException Busy(string databaseFile) =>
        new($"The SQLite database {databaseFile} stayed busy for {Timeout.TotalSeconds:0} s.");

    private sealed class Gate
    {
        public readonly SemaphoreSlim Turn = new(1, 1);
        public int Waiting;
    }

    private sealed class Lease(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) turn.Release();
        }
    }
}
