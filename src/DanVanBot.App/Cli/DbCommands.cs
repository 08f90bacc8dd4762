using System.CommandLine;
using System.Text.Json;
using DanVanBot.Storage;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>db migrate</c>, <c>db script [--from X] [--to Y] [--idempotent] [--provider P] [--output FILE]</c> and
/// <c>db status [--json]</c>: for administrators whose databases take no schema change at startup
/// (<c>Storage:MigrateAtStartup=false</c>). Exit codes: 0 done, 2 unknown migration or provider (or --idempotent on SQLite), 6 database error.
/// </summary>
internal static class DbCommands
{
    public const int UnknownName = 2;

    public static Command Create()
    {
        var migrate = new Command("migrate", "Áp dụng các migration còn thiếu vào cơ sở dữ liệu đã cấu hình");
        migrate.SetAction((_, cancellationToken) => MigrateAsync(cancellationToken));

        var from = new Option<string?>("--from") { Description = "Migration cuối cùng cơ sở dữ liệu đã có (tên hoặc mã); bỏ trống: cơ sở dữ liệu trống" };
        var to = new Option<string?>("--to") { Description = "Migration đích (tên hoặc mã, có bao gồm); bỏ trống: mới nhất" };
        var idempotent = new Option<bool>("--idempotent") { Description = "Mỗi migration tự kiểm tra lịch sử trước khi chạy (dùng được ở bất kỳ phiên bản nào)" };
        var provider = new Option<string?>("--provider") { Description = "Sqlite | Postgres | SqlServer; bỏ trống: Storage:Provider" };
        var output = new Option<FileInfo?>("--output") { Description = "Ghi SQL vào tệp thay vì in ra" };
        var script = new Command("script", "In câu lệnh SQL để quản trị viên cơ sở dữ liệu tự áp dụng (không cần kết nối)")
            { from, to, idempotent, provider, output };
        script.SetAction((parse, cancellationToken) => ScriptAsync(parse.GetValue(provider), parse.GetValue(from),
            parse.GetValue(to), parse.GetValue(idempotent), parse.GetValue(output), cancellationToken));

        var json = new Option<bool>("--json") { Description = "In JSON: {provider, applied, pending}" };
        var status = new Command("status", "Các migration đã áp dụng và còn thiếu") { json };
        status.SetAction((parse, cancellationToken) => StatusAsync(parse.GetValue(json), cancellationToken));

        return new Command("db", "Cơ sở dữ liệu: áp dụng, xuất SQL và xem các migration") { migrate, script, status };
    }

    private static async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var app = await CliServices.OpenAsync(prepare: false, cancellationToken);
        var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
        var before = await migrator.GetStatusAsync(cancellationToken);
        var after = await migrator.MigrateAsync(cancellationToken);
        var applied = after.Applied.Except(before.Applied).ToList();
        await Console.Out.WriteLineAsync(applied.Count == 0
            ? $"Cơ sở dữ liệu {after.Provider} đã có đủ {after.Applied.Count} migration; không có gì để áp dụng."
            : $"Đã áp dụng {applied.Count} migration vào cơ sở dữ liệu {after.Provider}: {string.Join(", ", applied)}.");
        return 0;
    }

    private static async Task<int> StatusAsync(bool json, CancellationToken cancellationToken)
    {
        await using var app = await CliServices.OpenAsync(prepare: false, cancellationToken);
        var status = await app.Services.GetRequiredService<DatabaseMigrator>().GetStatusAsync(cancellationToken);
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(
                new { provider = status.Provider.ToString(), applied = status.Applied, pending = status.Pending },
                new JsonSerializerOptions { WriteIndented = true }));
            return 0;
        }

        await Console.Out.WriteLineAsync(
            $"Cơ sở dữ liệu {status.Provider}: {status.Applied.Count} migration đã áp dụng, {status.Pending.Count} còn thiếu.");
        foreach (var id in status.Applied) await Console.Out.WriteLineAsync($"  đã áp dụng  {id}");
        foreach (var id in status.Pending) await Console.Out.WriteLineAsync($"  còn thiếu   {id}");
        return 0;
    }

    private static async Task<int> ScriptAsync(
        string? providerName, string? from, string? to, bool idempotent, FileInfo? output, CancellationToken cancellationToken)
    {
        StorageProvider provider;
        if (providerName is null)
        {
            provider = StorageServiceCollectionExtensions.ReadProvider(CliServices.ReadConfiguration());
        }
        else if (!Enum.TryParse(providerName, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            return await FailAsync($"--provider phải là Sqlite, Postgres hoặc SqlServer, không phải “{providerName}”.");
        }

        string sql;
        try
        {
            sql = MigrationScripts.Generate(provider, from, to, idempotent);
        }
        catch (UnknownMigrationException unknown)
        {
            return await FailAsync($"Không có migration “{unknown.NameOrId}”. Các migration của {provider}: {string.Join(", ", unknown.Known)}.");
        }
        catch (NotSupportedException) when (idempotent)
        {
            return await FailAsync($"{provider} không hỗ trợ script --idempotent; dùng --from với migration cuối cùng cơ sở dữ liệu đã có (xem db status).");
        }

        if (output is null) await Console.Out.WriteAsync(sql);
        else await File.WriteAllTextAsync(output.FullName, sql, cancellationToken);
        return 0;
    }

    private static async Task<int> FailAsync(string message)
    {
        await Console.Error.WriteLineAsync(message);
        return UnknownName;
    }
}
