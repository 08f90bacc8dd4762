using System.CommandLine;
using System.Data.Common;
using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVanBot.App.Cli;

/// <summary>The command-line face of the executable (plans, ask, roster, audit, package, db). Anything else starts the bot.</summary>
internal static class CliApp
{
    /// <summary>The database could not be reached, is misconfigured, or refused (e.g. migrations missing).</summary>
    public const int DatabaseError = 6;

    private static readonly string[] Verbs = ["plans", "ask", "roster", "audit", "package", "db"];

    public static bool Handles(string[] args) => args.Length > 0 && Verbs.Contains(args[0]);

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("DanVanBot — Trợ lý Dân vận chính quyền")
        {
            PlansCommands.Create(),
            AskCommands.Create(),
            RosterCommands.Create(),
            AuditCommands.Create(),
            PackageCommand.Create(),
            DbCommands.Create(),
        };
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        // Administrators see the reason in one line, not a stack trace: an unreachable server, a missing connection
        // string, or Storage:MigrateAtStartup=false with migrations missing.
        catch (Exception error) when (error is DbException or StorageSetupException or RetryLimitExceededException)
        {
            await Console.Error.WriteLineAsync($"Lỗi cơ sở dữ liệu: {error.Message}");
            return DatabaseError;
        }
        catch (Exception error)
        {
            // What System.CommandLine's default handler did: the exception on stderr, exit code 1.
            await Console.Error.WriteLineAsync(error.ToString());
            return 1;
        }
    }
}
