using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Postgres;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// How many database commands one report submission turn costs, auth on, through <c>/api/messages</c>. On PostgreSQL
/// every command is a round trip to the server, and a lone turn's time is mostly those: the counts are asserted so
/// that round trips do not creep back. A new version (the common turn) and a repeated delivery are counted.
/// </summary>
public sealed class ReportSubmitRoundTripTests(ITestOutputHelper output)
{
    /// <summary>
    /// A new version: the target's two reads (the occurrence with the unit's current report, the owing links), one read
    /// of what the store needs (header, submission id, consolidation), the version's write and its commit, the
    /// reminders' one read. SQLite runs the revision's INSERT and the header's UPDATE as two commands; PostgreSQL sends
    /// them as one batch. Before: 12 on SQLite, 11 on PostgreSQL.
    /// </summary>
    private const int MaxCommandsForNewVersionSqlite = 7;
    private const int MaxCommandsForNewVersionPostgres = 6;

    /// <summary>A repeated delivery: the target's reads and the store's one read, nothing written (6 before).</summary>
    private const int MaxCommandsForRepeat = 3;

    [Fact]
    public async Task SubmitTurn_NewVersionAndRepeat_FewCommands_Sqlite()
    {
        var commands = new CommandCounter();
        await CountAsync(new AuthenticatedReportBot
        {
            MoreServices = s => s.ConfigureDbContext<SqliteDanVanDbContext>(o => o.AddInterceptors(commands, commands.Commits)),
            MoreSettings = Quiet,
        }, commands, MaxCommandsForNewVersionSqlite);
    }

    [RequiresPostgresFact]
    public async Task SubmitTurn_NewVersionAndRepeat_FewCommands_Postgres()
    {
        var commands = new CommandCounter();
        await CountAsync(new AuthenticatedPostgresReportBot
        {
            MoreServices = s => s.ConfigureDbContext<PostgresDanVanDbContext>(o => o.AddInterceptors(commands, commands.Commits)),
            MoreSettings = Quiet,
        }, commands, MaxCommandsForNewVersionPostgres);
    }

    /// <summary>No reminder planning in the background: every command counted is the turn's.</summary>
    private static Dictionary<string, string?> Quiet => new() { ["Nudges:Enabled"] = "false" };

    private async Task CountAsync(AuthenticatedReportBot bot, CommandCounter commands, int maxForNewVersion)
    {
        await bot.InitializeAsync();
        try
        {
            var reports = bot.Bot.Services.GetRequiredService<IReportStore>();
            var before = (await reports.FindReportAsync(bot.SixMonths.OccurrenceId, bot.Wards.Id))!.CurrentVersion;
            // A first turn in the conversation also stores its reference (then kept for 10 minutes): not counted here.
            await TurnAsync(bot, bot.FormData(bot.Wards, "Đã tổ chức 18 buổi tiếp dân."), commands);
            var form = bot.FormData(bot.Wards, "Đã tổ chức 20 buổi tiếp dân.");

            var newVersion = await TurnAsync(bot, form, commands);
            var repeat = await TurnAsync(bot, form, commands);

            var after = await reports.FindReportAsync(bot.SixMonths.OccurrenceId, bot.Wards.Id);
            Assert.Equal(before + 2, after!.CurrentVersion);
            Assert.InRange(newVersion.Count, 1, maxForNewVersion);
            Assert.InRange(repeat.Count, 1, MaxCommandsForRepeat);
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    private async Task<IReadOnlyList<string>> TurnAsync(AuthenticatedReportBot bot, JsonObject form, CommandCounter commands)
    {
        commands.Clear();
        var answer = await bot.InvokeAsync(ReportFormCards.SubmitVerb, form.DeepClone().AsObject(), AuthenticatedReportBot.ReporterAad);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        var seen = commands.Seen;
        output.WriteLine($"{seen.Count} commands:");
        foreach (var text in seen) output.WriteLine("  " + text.ReplaceLineEndings(" "));
        return seen;
    }

    /// <summary>
    /// Each command sent to the database and each commit (one round trip each), in order. A transaction's begin is not
    /// counted: Npgsql sends it with the first command.
    /// </summary>
    private sealed class CommandCounter : DbCommandInterceptor
    {
        private readonly ConcurrentQueue<string> seen = new();

        public CommandCounter() => Commits = new CommitCounter(seen);

        public IInterceptor Commits { get; }

        public IReadOnlyList<string> Seen => seen.ToList();

        public void Clear() => seen.Clear();

        public override InterceptionResult<DbDataReader> ReaderExecuting(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) => Note(command, result);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Note(command, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            Note(command, result);

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Note(command, result));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
            Note(command, result);

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Note(command, result));

        private T Note<T>(DbCommand command, T result)
        {
            seen.Enqueue(command.CommandText);
            return result;
        }

        private sealed class CommitCounter(ConcurrentQueue<string> seen) : DbTransactionInterceptor
        {
            public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
            {
                seen.Enqueue("COMMIT");
                return result;
            }

            public override ValueTask<InterceptionResult> TransactionCommittingAsync(
                DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
            {
                seen.Enqueue("COMMIT");
                return ValueTask.FromResult(result);
            }
        }
    }
}
