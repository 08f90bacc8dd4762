using DanVanBot.Domain.Roster;
using DanVanBot.Language.Text;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Cli;

/// <summary><c>roster grant|revoke</c> and <c>roster tenant</c>: one change, by names, audited as the command-line user.</summary>
internal static class RosterGrantCommand
{
    public static async Task<int> RunAsync(bool grant, string user, string unitName, string roleName, string? organisationName, CancellationToken cancellationToken)
    {
        if (!RosterRoleNames.TryParse(VietnameseText.Fold(roleName), out var role))
            return await RosterCommands.FailAsync(RosterCommands.Invalid, $"Vai trò “{roleName}” không có; dùng member, unit-head, coordinator hoặc administrator.");
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var (unit, problem) = await FindUnitAsync(app.Services.GetRequiredService<IOrganisationStore>(), unitName, organisationName, cancellationToken);
        if (unit is null) return await RosterCommands.FailAsync(RosterCommands.NotFound, problem!);

        var roster = app.Services.GetRequiredService<IRosterStore>();
        var identity = Guid.TryParse(user, out _) ? new PersonIdentity(user, null) : new PersonIdentity(null, user);
        var what = $"{role.ToName()} tại {unit.Name} cho {user}";
        if (grant)
        {
            var outcome = await roster.GrantAsync(identity, unit.Id, role, RosterCommands.Audit("roster.grant", "Cấp vai trò " + what, unit.OrganisationId), cancellationToken);
            await Console.Out.WriteLineAsync(outcome == GrantOutcome.Granted ? "Đã cấp vai trò " + what + "." : "Đã có sẵn vai trò " + what + "; không thay đổi.");
            return 0;
        }

        var person = identity.AadKey is { } aad ? await roster.FindByAadObjectIdAsync(aad, cancellationToken) : await roster.FindByUpnAsync(user, cancellationToken);
        if (person is null) return await RosterCommands.FailAsync(RosterCommands.NotFound, $"Không có “{user}” trong danh bạ.");
        var revoked = await roster.RevokeAsync(person.PersonId, unit.Id, role, RosterCommands.Audit("roster.revoke", "Thu hồi vai trò " + what, unit.OrganisationId), cancellationToken);
        await Console.Out.WriteLineAsync(revoked ? "Đã thu hồi vai trò " + what + "." : "Không có vai trò " + what + "; không thay đổi.");
        return 0;
    }

    public static async Task<int> SetTenantAsync(string organisationName, string tenantId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(tenantId, out _)) return await RosterCommands.FailAsync(RosterCommands.Invalid, $"“{tenantId}” không phải mã tenant (GUID).");
        await using var app = await CliServices.OpenAsync(prepare: true, cancellationToken);
        var organisations = app.Services.GetRequiredService<IOrganisationStore>();
        var organisation = await organisations.FindOrganisationByNameAsync(organisationName, cancellationToken);
        if (organisation is null) return await RosterCommands.FailAsync(RosterCommands.NotFound, $"Không có cơ quan “{organisationName}”.");
        await organisations.SetTenantAsync(organisation.Id, tenantId, cancellationToken);
        await app.Services.GetRequiredService<Storage.Audit.IAuditLog>().WriteAsync(
            RosterCommands.Audit("roster.tenant", $"Gắn {organisation.Name} với tenant {tenantId.ToLowerInvariant()}", organisation.Id), cancellationToken);
        await Console.Out.WriteLineAsync($"Đã gắn {organisation.Name} với tenant {tenantId.ToLowerInvariant()}.");
        return 0;
    }

    /// <summary>By name (case and spacing ignored), in the named organisation or, when unique, in any.</summary>
    private static async Task<(UnitInfo? Unit, string? Problem)> FindUnitAsync(
        IOrganisationStore organisations, string unitName, string? organisationName, CancellationToken cancellationToken)
    {
        var all = await organisations.ListOrganisationsAsync(cancellationToken);
        if (organisationName is not null)
        {
            var organisation = await organisations.FindOrganisationByNameAsync(organisationName, cancellationToken);
            if (organisation is null) return (null, $"Không có cơ quan “{organisationName}”.");
            all = [organisation];
        }
        var key = string.Join(' ', unitName.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var found = new List<UnitInfo>();
        foreach (var organisation in all)
            found.AddRange((await organisations.ListUnitsAsync(organisation.Id, cancellationToken))
                .Where(u => string.Join(' ', u.Name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)) == key));
        return found.Count switch
        {
            1 => (found[0], null),
            0 => (null, $"Không có đơn vị “{unitName}”{(organisationName is null ? "" : " trong " + organisationName)}."),
            _ => (null, $"Có {found.Count} đơn vị tên “{unitName}” ở các cơ quan khác nhau; thêm --org để chọn."),
        };
    }
}
