using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DanVanBot.Storage.Sqlite;

/// <summary>
/// Puts SQLite's single statements outside a transaction (ExecuteUpdate, ExecuteDelete, raw SQL) through the same
/// write gate as transactions and SaveChanges (<see cref="SqliteWriteGate"/>): otherwise such a statement meeting a
/// transaction in progress is put to sleep for 150 ms by Microsoft.Data.Sqlite's busy loop. The gate is held for the
/// statement alone. Statements inside a transaction pass: the transaction holds the gate.
/// </summary>
internal sealed class SqliteAutocommitWrites : DbCommandInterceptor
{
    public static readonly SqliteAutocommitWrites Instance = new();

    private static readonly ConditionalWeakTable<DbCommand, IDisposable> Leases = [];

    private SqliteAutocommitWrites()
    {
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (FileToGate(command) is { } file) Leases.AddOrUpdate(command, SqliteWriteGate.Enter(file));
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (FileToGate(command) is { } file) Leases.AddOrUpdate(command, await SqliteWriteGate.EnterAsync(file, cancellationToken));
        return result;
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private static string? FileToGate(DbCommand command) =>
        command.Transaction is null ? SqliteWriteGate.DatabaseFile(command.Connection?.ConnectionString) : null;

    private static void Release(DbCommand command)
    {
        if (Leases.TryGetValue(command, out var lease))
        {
            Leases.Remove(command);
            lease.Dispose();
        }
    }
}
