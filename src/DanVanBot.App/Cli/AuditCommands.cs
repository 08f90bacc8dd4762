using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Audit;

namespace DanVanBot.App.Cli;

/// <summary><c>audit --since yyyy-MM-dd [--json]</c>: the audit trail from that day (Vietnam time) on, oldest first.</summary>
internal static class AuditCommands
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Required = true, Description = "Từ ngày (yyyy-MM-dd, giờ Việt Nam)" };
        var json = new Option<bool>("--json") { Description = "In JSON: at, actor, actorName, action, details, conversationId, organisationId" };
        var command = new Command("audit", "Nhật ký thay đổi: danh bạ, cấp quyền, duyệt, nhập và xuất bản kế hoạch") { since, json };
        command.SetAction((r, ct) => RunAsync(r.GetValue(since)!, r.GetValue(json), ct));
        return command;
    }

    private static async Task<int> RunAsync(string sinceText, bool json, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return await RosterCommands.FailAsync(RosterCommands.Invalid, $"--since phải có dạng yyyy-MM-dd, không phải “{sinceText}”.");
        var since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), VietnamTime.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var entries = await app.Services.GetRequiredService<IAuditLog>().ListAsync(since, cancellationToken);
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(entries.Select(e => new
            {
                at = e.At, actor = e.Actor, actorName = e.ActorName, action = e.Action, details = e.Details,
                conversationId = e.ConversationId, organisationId = e.OrganisationId,
            }), RosterListCommand.Json));
            return 0;
        }
        foreach (var e in entries)
        {
            var at = TimeZoneInfo.ConvertTime(e.At, VietnamTime.Zone).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            await Console.Out.WriteLineAsync($"{at}\t{e.Actor}{(e.ActorName is null ? "" : " (" + e.ActorName + ")")}\t{e.Action}\t{e.Details}");
        }
        return 0;
    }
}
