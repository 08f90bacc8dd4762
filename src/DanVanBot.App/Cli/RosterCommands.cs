using System.CommandLine;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>roster import FILE.csv [--dry-run] [--skip-invalid]</c>, <c>roster list [--org NAME] [--json]</c>,
/// <c>roster grant|revoke --user UPN --unit NAME --role ROLE [--org NAME]</c>, <c>roster tenant --org NAME --tenant ID</c>.
/// Exit codes: 0 done, 2 file missing, 6 the file has problems (nothing imported), 7 a name matches nothing (or several).
/// </summary>
internal static class RosterCommands
{
    public const int FileMissing = 2;
    public const int Invalid = 6;
    public const int NotFound = 7;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Tệp CSV: upn,aadObjectId,organisation,unit,role[,name]" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Chỉ in những gì sẽ thay đổi, không ghi" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Bỏ qua các dòng lỗi, nhập các dòng còn lại" };
        var import = new Command("import", "Nhập danh bạ từ tệp CSV (nhập lại cùng tệp không thay đổi gì)") { file, dryRun, skipInvalid };
        import.SetAction((r, ct) => RosterImportCommand.RunAsync(r.GetValue(file)!, r.GetValue(dryRun), r.GetValue(skipInvalid), ct));

        var listOrg = new Option<string?>("--org") { Description = "Chỉ một cơ quan" };
        var json = new Option<bool>("--json") { Description = "In JSON: upn, aadObjectId, name, organisation, unit, role, status" };
        var list = new Command("list", "Liệt kê vai trò (và yêu cầu tham gia đang chờ)") { listOrg, json };
        list.SetAction((r, ct) => RosterListCommand.RunAsync(r.GetValue(listOrg), r.GetValue(json), ct));

        var tenantOrg = new Option<string>("--org") { Required = true, Description = "Tên cơ quan" };
        var tenantId = new Option<string>("--tenant") { Required = true, Description = "Mã tenant Microsoft 365 (GUID)" };
        var tenant = new Command("tenant", "Gắn cơ quan với tenant Teams của nó") { tenantOrg, tenantId };
        tenant.SetAction((r, ct) => RosterGrantCommand.SetTenantAsync(r.GetValue(tenantOrg)!, r.GetValue(tenantId)!, ct));

        return new Command("roster", "Danh bạ: cơ quan, đơn vị, người và vai trò")
        {
            import, list, GrantCommand("grant", "Cấp vai trò", grant: true), GrantCommand("revoke", "Thu hồi vai trò", grant: false), tenant,
        };
    }

    private static Command GrantCommand(string name, string description, bool grant)
    {
        var user = new Option<string>("--user") { Required = true, Description = "UPN (ten@coquan.gov.vn) hoặc aadObjectId" };
        var unit = new Option<string>("--unit") { Required = true, Description = "Tên đơn vị" };
        var role = new Option<string>("--role") { Required = true, Description = "member, unit-head, coordinator hoặc administrator" };
        var organisation = new Option<string?>("--org") { Description = "Tên cơ quan (khi nhiều cơ quan có đơn vị cùng tên)" };
        var command = new Command(name, description) { user, unit, role, organisation };
        command.SetAction((r, ct) => RosterGrantCommand.RunAsync(
            grant, r.GetValue(user)!, r.GetValue(unit)!, r.GetValue(role)!, r.GetValue(organisation), ct));
        return command;
    }

    internal static async Task<int> FailAsync(int exitCode, string message)
    {
        await Console.Error.WriteLineAsync(message);
        return exitCode;
    }

    internal static AuditEntry Audit(string action, string details, Guid? organisationId = null) =>
        new(AuditEntry.CommandLineActor, null, action, details, null, organisationId);

    internal static string Describe(RosterRole role) => role.ToName();
}
