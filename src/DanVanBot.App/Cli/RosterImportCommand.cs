using System.Text;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Cli;

/// <summary><c>roster import</c>: read the file, check every line, then apply all of it, the valid lines, or nothing.</summary>
internal static class RosterImportCommand
{
    public static async Task<int> RunAsync(string path, bool dryRun, bool skipInvalid, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) return await RosterCommands.FailAsync(RosterCommands.FileMissing, $"Không tìm thấy tệp “{path}”.");
        List<RosterImportRow> rows;
        List<RosterImportProblem> formProblems;
        using (var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
            (rows, formProblems) = RosterCsv.Read(reader);

        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var importer = app.Services.GetRequiredService<IRosterImporter>();
        // A file with problems in form is never applied unless the bad lines are to be skipped.
        var apply = !dryRun && (formProblems.Count == 0 || skipInvalid);
        var report = await importer.ImportAsync(rows,
            new RosterImportOptions(!apply, skipInvalid, AuditEntry.CommandLineActor, Path.GetFileName(path)), cancellationToken);

        var problems = formProblems.Concat(report.Problems).OrderBy(p => p.Line).ThenBy(p => p.Field, StringComparer.Ordinal).ToList();
        foreach (var problem in problems)
            await Console.Error.WriteLineAsync($"Dòng {problem.Line}, cột {problem.Field}: {problem.Message}");
        var verb = report.Applied ? "Đã" : "Sẽ";
        foreach (var change in report.Changes)
            await Console.Out.WriteLineAsync($"{verb} {change.Description} (dòng {change.Line})");

        if (problems.Count > 0 && !skipInvalid)
        {
            await Console.Error.WriteLineAsync(
                $"Không nhập gì: tệp có {problems.Count} lỗi. Sửa các dòng trên, hoặc chạy lại với --skip-invalid để chỉ nhập các dòng đúng.");
            return RosterCommands.Invalid;
        }
        await Console.Out.WriteLineAsync(report.Applied
            ? $"Đã nhập: {report.Changes.Count} thay đổi, {report.UnchangedLines} dòng đã có sẵn, {problems.Count} dòng lỗi bỏ qua."
            : dryRun
                ? $"Chạy thử: {report.Changes.Count} thay đổi sẽ được ghi, {report.UnchangedLines} dòng đã có sẵn; chưa ghi gì."
                : $"Không có gì thay đổi: {report.UnchangedLines} dòng đã có sẵn.");
        return 0;
    }
}
