using System.CommandLine;
using DanVanBot.App.Features.Plans;
using DanVanBot.Language.Plans;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>plans parse FILE [--json]</c> and <c>plans import FILE</c>. Exit codes: 0 done, 2 file missing,
/// 3 unsupported type, 4 unreadable document (corrupt, or past the size limits), 5 (import only) not a plan.
/// Errors go to stderr in Vietnamese.
/// </summary>
internal static class PlansCommands
{
    public const int FileMissing = 2;
    public const int Unsupported = 3;
    public const int Unreadable = 4;
    public const int NotAPlan = 5;

    public static Command Create()
    {
        var parseFile = new Argument<string>("FILE") { Description = "Tệp kế hoạch .txt hoặc .docx" };
        var json = new Option<bool>("--json") { Description = "In JSON (number, issuer, issuedOn, title, period, coordinator, units, obligations)" };
        var parse = new Command("parse", "Đọc kế hoạch và in những gì trích xuất được") { parseFile, json };
        parse.SetAction((result, cancellationToken) => ParseAsync(result.GetValue(parseFile)!, result.GetValue(json), cancellationToken));

        var importFile = new Argument<string>("FILE") { Description = "Tệp kế hoạch .txt hoặc .docx" };
        var import = new Command("import", "Nhập (hoặc cập nhật) kế hoạch vào cơ sở dữ liệu của bot") { importFile };
        import.SetAction((result, cancellationToken) => ImportAsync(result.GetValue(importFile)!, cancellationToken));

        return new Command("plans", "Đọc và nhập kế hoạch (.txt, .docx)") { parse, import };
    }

    private static async Task<int> ParseAsync(string path, bool json, CancellationToken cancellationToken)
    {
        var (plan, exitCode) = await ReadAsync(path, requirePlan: false, cancellationToken);
        if (plan is null) return exitCode;
        if (!PlanDocumentReader.LooksLikePlan(plan))
            await Console.Error.WriteLineAsync($"Cảnh báo: “{Path.GetFileName(path)}” không giống một kế hoạch (thiếu tiêu đề KẾ HOẠCH hoặc không có nhiệm vụ).");
        await Console.Out.WriteLineAsync(json ? PlanJson.Write(plan) : PlanSummaryText.Write(plan));
        return 0;
    }

    private static async Task<int> ImportAsync(string path, CancellationToken cancellationToken)
    {
        var (plan, exitCode) = await ReadAsync(path, requirePlan: true, cancellationToken);
        if (plan is null) return exitCode;
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var result = await app.Services.GetRequiredService<IPlanStore>().UpsertPlanAsync(plan, cancellationToken: cancellationToken);
        var outcome = result.Outcome switch
        {
            PlanImportOutcome.Created => "Đã tạo mới",
            PlanImportOutcome.Updated => "Đã cập nhật",
            _ => "Không thay đổi (đã nhập trước đó)",
        };
        var undated = plan.Obligations.Count(o => o.NeedsDate);
        await Console.Out.WriteLineAsync(
            $"{outcome}: kế hoạch {PlanPreview.Reference(plan)} — {result.ObligationCount} nhiệm vụ ({undated} chưa có hạn), " +
            $"{result.OccurrenceCount} lần đến hạn. Mã kế hoạch: {result.PlanId}");
        return 0;
    }

    private static async Task<(Domain.Plans.ParsedPlan? Plan, int ExitCode)> ReadAsync(string path, bool requirePlan, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path)) return (null, await FailAsync(FileMissing, $"Không tìm thấy tệp “{path}”."));
        if (!PlanFiles.IsSupported(path))
            return (null, await FailAsync(Unsupported, $"Không đọc được loại tệp “{name}”: chỉ hỗ trợ .txt và .docx."));
        var read = PlanDocumentReader.Read(path, await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
        return read.Status switch
        {
            PlanReadStatus.Unreadable => (null, await FailAsync(Unreadable, $"Không đọc được nội dung “{name}”: tệp hỏng hoặc không phải tài liệu Word/văn bản.")),
            PlanReadStatus.TooLarge => (null, await FailAsync(Unreadable, $"Không đọc được “{name}”: tệp quá lớn hoặc hỏng (vượt giới hạn kích thước của một kế hoạch).")),
            PlanReadStatus.NotAPlan when requirePlan =>
                (null, await FailAsync(NotAPlan, $"“{name}” không giống một kế hoạch (thiếu tiêu đề KẾ HOẠCH hoặc không có nhiệm vụ); không nhập.")),
            _ => (read.Plan, 0),
        };
    }

    private static async Task<int> FailAsync(int exitCode, string message)
    {
        await Console.Error.WriteLineAsync(message);
        return exitCode;
    }
}
