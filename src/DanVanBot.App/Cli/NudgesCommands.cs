using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Domain.Nudges;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>nudges plan --at yyyy-MM-ddTHH:mm [--org NAME] --json</c>: what would be sent at that instant (Vietnam time), without
/// sending or storing; <c>nudges status --json</c>: the outbox's counts by state.
/// </summary>
internal static class NudgesCommands
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var at = new Option<string>("--at") { Description = "Thời điểm, giờ Việt Nam (yyyy-MM-ddTHH:mm)", Required = true };
        var organisation = new Option<string?>("--org") { Description = "Chỉ cơ quan (UBND) này" };
        var planJson = new Option<bool>("--json") { Description = "In JSON: [{person, unit, obligation, dueDate, stage}]" };
        var plan = new Command("plan", "Những lời nhắc sẽ gửi vào thời điểm đó (không gửi)") { at, organisation, planJson };
        plan.SetAction((parse, token) => PlanAsync(parse.GetValue(at)!, parse.GetValue(organisation), parse.GetValue(planJson), token));

        var statusJson = new Option<bool>("--json") { Description = "In JSON: số lời nhắc theo trạng thái" };
        var status = new Command("status", "Số lời nhắc trong hàng đợi theo trạng thái") { statusJson };
        status.SetAction((parse, token) => StatusAsync(parse.GetValue(statusJson), token));
        return new Command("nudges", "Nhắc việc trước hạn") { plan, status };
    }

    private static async Task<int> PlanAsync(string atText, string? organisationName, bool json, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParseExact(atText, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return Fail($"--at phải có dạng yyyy-MM-ddTHH:mm (giờ Việt Nam), không phải '{atText}'.");
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        Guid? organisationId = null;
        if (organisationName is not null)
        {
            var found = await app.Services.GetRequiredService<IOrganisationStore>().FindOrganisationByNameAsync(organisationName, cancellationToken);
            if (found is null) return Fail($"Không tìm thấy cơ quan '{organisationName}'.");
            organisationId = found.Id;
        }

        var instant = NudgeSlots.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        var planned = await app.Services.GetRequiredService<NudgePlanner>().PlanAsync(instant, organisationId, cancellationToken);
        var lines = planned.Select(p => new PlanLine(p.Recipient.Name ?? p.Recipient.AadObjectId ?? p.Recipient.PersonId.ToString(),
            p.Unit.UnitName, p.Occurrence.Description, p.Occurrence.Label, p.Occurrence.Target.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            p.Schedule.Stage.Key, p.Organisation.Name)).ToList();
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(lines, Json));
            return 0;
        }
        foreach (var line in lines)
            await Console.Out.WriteLineAsync($"{line.DueDate}  {line.Stage,-16} {line.Unit} · {line.Person}: {line.Obligation} ({line.Label})");
        return 0;
    }

    private static async Task<int> StatusAsync(bool json, CancellationToken cancellationToken)
    {
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var counts = await app.Services.GetRequiredService<INudgeOutbox>().CountByStateAsync(cancellationToken: cancellationToken);
        var named = counts.ToDictionary(c => JsonNamingPolicy.CamelCase.ConvertName(c.Key.ToString()), c => c.Value);
        if (json) await Console.Out.WriteLineAsync(JsonSerializer.Serialize(named, Json));
        else foreach (var (state, count) in named) await Console.Out.WriteLineAsync($"{state,-14}{count}");
        return 0;
    }

    private sealed record PlanLine(string Person, string Unit, string Obligation, string Label, string DueDate, string Stage, string Organisation);

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return 2;
    }
}
