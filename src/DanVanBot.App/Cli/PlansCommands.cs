using System.CommandLine;
using DanVanBot.App.Features.Plans;
using DanVanBot.Language.Plans;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>plans parse FILE [--json]</c> and <c>plans import FILE [--confirm]</c>. Exit codes: 0 done, 2 file missing,
/// 3 unsupported type, 4 unreadable document (corrupt, or past the size limits), 5 nothing to import: for parse, a document that is not a plan and has
/// no obligations (one that has obligations is printed with a warning on stderr and exits 0); for import, any
/// document that is not a plan, unless <c>--confirm</c> is given and it has obligations. Errors go to stderr in Vietnamese.
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
        var confirm = new Option<bool>("--confirm") { Description = "Vẫn nhập các hạn của văn bản không phải kế hoạch (công văn, thông báo…)" };
        var import = new Command("import", "Nhập (hoặc cập nhật) kế hoạch vào cơ sở dữ liệu của bot") { importFile, confirm };
        import.SetAction((result, cancellationToken) => ImportAsync(result.GetValue(importFile)!, result.GetValue(confirm), cancellationToken));

        return new Command("plans", "Đọc và nhập kế hoạch (.txt, .docx)") { parse, import };
    }

    private static async Task<int> ParseAsync(string path, bool json, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        var (plan, exitCode) = await ReadAsync(path, forImport: false, confirmed: false, cancellationToken);
        if (plan is null)
            return exitCode != 0 ? exitCode : await FailAsync(NotAPlan, string.Format(PlanTexts.NothingFound, name));
        var isPlan = PlanDocumentReader.LooksLikePlan(plan);
        if (!isPlan)
            await Console.Error.WriteLineAsync(string.Format(PlanTexts.NotAPlanWarning, name,
                $"{PlanTexts.KindName(plan.Kind)}, {plan.Obligations.Count} nhiệm vụ"));
        await Console.Out.WriteLineAsync(json ? PlanJson.Write(plan) : PlanSummaryText.Write(plan));
        // A document that is neither a plan nor sets anything is reported, never a silent success.
        return isPlan || plan.Obligations.Count > 0 ? 0 : NotAPlan;
    }

    private static async Task<int> ImportAsync(string path, bool confirmed, CancellationToken cancellationToken)
    {
        var (plan, exitCode) = await ReadAsync(path, forImport: true, confirmed, cancellationToken);
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
            $"{outcome}: {PlanTexts.KindName(plan.Kind)} {PlanPreview.Reference(plan)} — {result.ObligationCount} nhiệm vụ ({undated} chưa có hạn), " +
            $"{result.OccurrenceCount} lần đến hạn. Mã kế hoạch: {result.PlanId}");
        return 0;
    }

    private static async Task<(Domain.Plans.ParsedPlan? Plan, int ExitCode)> ReadAsync(
        string path, bool forImport, bool confirmed, CancellationToken cancellationToken)
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
            PlanReadStatus.OtherDocument when forImport && !confirmed => (null, await FailAsync(NotAPlan,
                string.Format(PlanTexts.ConfirmOtherDocument, name, PlanTexts.KindName(read.Plan!.Kind), read.Plan.Obligations.Count))),
            PlanReadStatus.NotAPlan when forImport =>
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
