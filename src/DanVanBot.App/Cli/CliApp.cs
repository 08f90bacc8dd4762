using System.CommandLine;
using System.Data.Common;
using DanVanBot.Storage;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVanBot.App.Cli;

/// <summary>
/// The command-line face of the executable. A verb of the root command runs it and exits; <c>--help</c>, <c>-h</c>,
/// <c>help</c> print the verbs and how to start the bot (exit 0); an unknown verb says so and prints the same (exit 2);
/// no arguments, or only host options (<c>--urls …</c>, <c>--environment …</c>), start the bot. The verb list is read
/// from the root command, so a new verb appears in the help by itself.
/// </summary>
internal static class CliApp
{
    public const int UnknownVerb = 2;

    /// <summary>The database could not be reached, is misconfigured, or refused (e.g. migrations missing).</summary>
    public const int DatabaseError = 6;

    private static readonly string[] HelpWords = ["--help", "-h", "-?", "/?", "help"];

    public static RootCommand Root() => new("DanVanBot — Trợ lý Dân vận chính quyền")
    {
        PlansCommands.Create(),
        AskCommands.Create(),
        RosterCommands.Create(),
        AuditCommands.Create(),
        PackageCommand.Create(),
        DbCommands.Create(),
        ReportsCommands.Create(),
        NudgesCommands.Create(),
    };

    /// <summary>The exit code of a command, or null when the arguments ask for the bot itself.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0) return null;
        var root = Root();
        var first = args[0];
        if (HelpWords.Contains(first, StringComparer.OrdinalIgnoreCase))
        {
            if (args.Length > 1 && IsVerb(root, args[1])) return await root.Parse([args[1], "--help"]).InvokeAsync();
            await Console.Out.WriteAsync(Usage(root));
            return 0;
        }
        if (IsVerb(root, first)) return await InvokeAsync(root, args);
        if (first.StartsWith('-')) return null;
        await Console.Error.WriteLineAsync($"Không có lệnh “{first}”.");
        await Console.Error.WriteAsync(Usage(root));
        return UnknownVerb;
    }

    /// <summary>Runs a verb (tests call this directly).</summary>
    public static Task<int> RunAsync(string[] args) => InvokeAsync(Root(), args);

    private static async Task<int> InvokeAsync(RootCommand root, string[] args)
    {
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

    public static string Usage(RootCommand root)
    {
        var verbs = root.Subcommands.Where(c => !c.Hidden).ToList();
        var width = verbs.Select(c => c.Name.Length).DefaultIfEmpty(0).Max() + 2;
        var text = new System.Text.StringBuilder();
        text.AppendLine(root.Description);
        text.AppendLine();
        text.AppendLine("Chạy bot:");
        text.AppendLine("  DanVanBot [--urls http://localhost:3978] [--environment Development]");
        text.AppendLine("      không có lệnh: chạy bot (cần Bot:MicrosoftAppId, trừ khi --environment Development)");
        text.AppendLine("  ./run   (từ thư mục mã nguồn) bot ở chế độ Development cùng Agents Playground tại http://localhost:56150");
        text.AppendLine();
        text.AppendLine("Lệnh:");
        foreach (var verb in verbs) text.AppendLine($"  {verb.Name.PadRight(width)}{verb.Description}");
        text.AppendLine();
        text.AppendLine("Ví dụ:");
        text.AppendLine("  DanVanBot plans parse /đường/dẫn/kế-hoạch.docx --json");
        text.AppendLine("  DanVanBot ask --today 2026-11-21 \"tháng này có gì đến hạn?\"");
        text.AppendLine("  DanVanBot ask --explain \"báo cáo 6 tháng gửi trước 10/6 phải không?\"");
        text.AppendLine("      --explain: kèm từ khóa nào quyết định ý định và khoảng thời gian (với --json: trường \"explain\")");
        text.AppendLine("  DanVanBot package --app-id <App ID> --host <tên miền của bot>");
        text.AppendLine("  DanVanBot roster import danh-sach.csv --dry-run   (xem trước thay đổi, không ghi gì)");
        text.AppendLine("  DanVanBot audit --since 2026-11-01 --json");
        text.AppendLine("  DanVanBot db status   (migration đã áp dụng và còn thiếu của cơ sở dữ liệu)");
        text.AppendLine();
        text.AppendLine("Chi tiết một lệnh: DanVanBot <lệnh> --help");
        return text.ToString();
    }

    private static bool IsVerb(RootCommand root, string name) => root.Subcommands.Any(c => c.Name == name);
}
