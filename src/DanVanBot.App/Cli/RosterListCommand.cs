using System.Text.Json;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Cli;

/// <summary><c>roster list [--org NAME] [--json]</c>: one line (or JSON object) per membership or pending request.</summary>
internal static class RosterListCommand
{
    /// <summary>Indented, camelCase, Vietnamese kept readable (not \u-escaped): for people and for scripts.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<int> RunAsync(string? organisationName, bool json, CancellationToken cancellationToken)
    {
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        Guid? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisationName))
        {
            var organisation = await app.Services.GetRequiredService<IOrganisationStore>().FindOrganisationByNameAsync(organisationName, cancellationToken);
            if (organisation is null) return await RosterCommands.FailAsync(RosterCommands.NotFound, $"Không có cơ quan “{organisationName}”.");
            organisationId = organisation.Id;
        }

        var entries = await app.Services.GetRequiredService<IRosterStore>().ListAsync(organisationId, cancellationToken);
        if (json)
        {
            var objects = entries.Select(e => new
            {
                upn = e.Upn, aadObjectId = e.AadObjectId, name = e.Name, organisation = e.Organisation, unit = e.Unit,
                role = e.Role.ToName(), status = e.Status,
            });
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(objects, Json));
            return 0;
        }
        foreach (var e in entries)
            await Console.Out.WriteLineAsync($"{e.Organisation}\t{e.Unit}\t{e.Role.ToName()}\t{e.Name ?? "-"}\t{e.Upn ?? "-"}\t{e.AadObjectId ?? "-"}\t{e.Status}");
        return 0;
    }
}
