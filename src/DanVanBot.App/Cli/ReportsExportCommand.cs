using System.CommandLine;
using DanVanBot.App.Features.Exports;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>reports export --org NAME --period 2026-Q3|2026-H1|2026 --format xlsx|docx --out FILE</c>: the same documents the
/// chat links serve, written to a file (the file is replaced only once the document is complete). Audited like a download.
/// </summary>
internal static class ReportsExportCommand
{
    public static Command Create()
    {
        var organisation = new Option<string>("--org") { Required = true, Description = "Tên cơ quan (ví dụ “UBND Quận 7”)" };
        var period = new Option<string>("--period") { Required = true, Description = "Kỳ: 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm)" };
        var format = new Option<string>("--format") { Required = true, Description = "xlsx (bảng theo dõi) hoặc docx (dự thảo báo cáo tổng hợp)" };
        var output = new Option<FileInfo>("--out") { Required = true, Description = "Tệp kết quả" };
        var export = new Command("export", "Xuất bảng theo dõi (.xlsx) hoặc dự thảo báo cáo tổng hợp (.docx)") { organisation, period, format, output };
        export.SetAction((r, ct) => ExportAsync(r.GetValue(organisation)!, r.GetValue(period)!, r.GetValue(format)!, r.GetValue(output)!, ct));
        return export;
    }

    private static async Task<int> ExportAsync(string organisationName, string periodText, string formatText, FileInfo output, CancellationToken cancellationToken)
    {
        if (ExportPeriod.Parse(periodText) is not { } period)
            return await RosterCommands.FailAsync(RosterCommands.Invalid, $"--period “{periodText}” không hợp lệ: dùng 2026-Q3, 2026-H1, 2026-H2 hoặc 2026.");
        if (ExportFormats.Parse(formatText) is not { } format)
            return await RosterCommands.FailAsync(RosterCommands.Invalid, $"--format “{formatText}” không hợp lệ: dùng xlsx hoặc docx.");

        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var services = app.Services;
        var found = await services.GetRequiredService<IOrganisationStore>().FindOrganisationByNameAsync(organisationName, cancellationToken);
        if (found is null)
            return await RosterCommands.FailAsync(RosterCommands.NotFound, $"Không có cơ quan “{organisationName}”.");

        await using var scope = services.CreateAsyncScope();
        var partial = output.FullName + ".tmp";
        await using (var file = new FileStream(partial, FileMode.Create, FileAccess.ReadWrite))
            await scope.ServiceProvider.GetRequiredService<ExportBuilder>().WriteAsync(found.Id, found.Name, period, format, file, cancellationToken);
        File.Move(partial, output.FullName, overwrite: true);
        await services.GetRequiredService<IAuditLog>().WriteAsync(new AuditEntry(AuditEntry.CommandLineActor, null, "export.file",
            $"Xuất {output.Name} ({period.Title}) của {found.Name}", OrganisationId: found.Id), cancellationToken);
        await Console.Out.WriteLineAsync(output.FullName);
        return 0;
    }
}
