using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>reports list --org NAME [--from yyyy-MM-dd --to yyyy-MM-dd] [--json]</c>: one line (or JSON object) per unit ×
/// occurrence, so an administrator can script checks. Without dates, every dated occurrence of the organisation.
/// </summary>
internal static class ReportsCommands
{
    public static Command Create()
    {
        var organisation = new Option<string>("--org") { Required = true, Description = "Tên cơ quan (ví dụ “UBND Quận 7”)" };
        var from = new Option<string?>("--from") { Description = "Hạn cuối từ ngày (yyyy-MM-dd)" };
        var to = new Option<string?>("--to") { Description = "Hạn cuối đến ngày (yyyy-MM-dd)" };
        var json = new Option<bool>("--json") { Description = "In JSON: unit, obligation, dueDate, status, daysLate, submittedAt, version" };
        var list = new Command("list", "Tình hình nộp báo cáo theo đơn vị và kỳ") { organisation, from, to, json };
        list.SetAction((r, ct) => ListAsync(r.GetValue(organisation)!, r.GetValue(from), r.GetValue(to), r.GetValue(json), ct));
        return new Command("reports", "Báo cáo của các đơn vị") { list };
    }

    private static async Task<int> ListAsync(string organisationName, string? fromText, string? toText, bool json, CancellationToken cancellationToken)
    {
        if (!TryDay(fromText, DateOnly.MinValue, out var from) || !TryDay(toText, DateOnly.MaxValue, out var to))
            return await RosterCommands.FailAsync(RosterCommands.Invalid, "--from và --to phải có dạng yyyy-MM-dd.");
        if (from > to)
            return await RosterCommands.FailAsync(RosterCommands.Invalid, "--from phải trước hoặc bằng --to.");

        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var services = app.Services;
        var found = await services.GetRequiredService<IOrganisationStore>().FindOrganisationByNameAsync(organisationName, cancellationToken);
        if (found is null)
            return await RosterCommands.FailAsync(RosterCommands.NotFound, $"Không có cơ quan “{organisationName}”.");
        var today = VietnamTime.Today(services.GetRequiredService<TimeProvider>());
        var occurrences = await services.GetRequiredService<IReportCompliance>().ForPeriodAsync(found.Id, new DateWindow(from, to), today,
            cancellationToken: cancellationToken);
        var rows = occurrences.SelectMany(o => o.Units.Select(u => new
        {
            unit = u.UnitName,
            obligation = o.Occurrence.Description,
            dueDate = o.Occurrence.DueOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            status = Status(u.Standing.Timeliness),
            daysLate = u.Standing.DaysLate,
            submittedAt = u.FirstSubmittedAt,
            version = u.CurrentVersion,
        })).ToList();
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(rows, RosterListCommand.Json));
            return 0;
        }
        foreach (var row in rows)
            await Console.Out.WriteLineAsync($"{row.dueDate}\t{row.unit}\t{row.status}\tv{row.version}\t{row.obligation}");
        return 0;
    }

    /// <summary>The JSON names a script matches on: onTime, late, notYetDue, overdue.</summary>
    private static string Status(ReportTimeliness timeliness) => JsonNamingPolicy.CamelCase.ConvertName(timeliness.ToString());

    private static bool TryDay(string? text, DateOnly absent, out DateOnly day)
    {
        day = absent;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
    }
}
