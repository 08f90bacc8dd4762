using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Roster;

/// <summary>
/// <c>DanVanBot roster import|list|grant|revoke|tenant</c> and <c>audit</c>, run as the real executable in a child
/// process against one SQLite file per test class instance (the sample plans give the organisations and units).
/// </summary>
public sealed class RosterCliTests : IDisposable
{
    private const string Header = "upn,aadObjectId,organisation,unit,role";
    private readonly CliProcess cli = new() { WithSamplePlans = true };

    private Task<ProcessRun> RunAsync(params string[] args) => cli.RunAsync(args);

    private string Csv(params string[] lines)
    {
        var path = Path.Combine(cli.Directory, Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return path;
    }

    private async Task<JsonElement[]> ListAsync(params string[] extra)
    {
        var run = await RunAsync(["roster", "list", "--json", .. extra]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToArray();
    }

    private string GoodFile() => Csv(Header,
        "an@quan7.gov.vn,6f3b4c1e-0000-4000-8000-000000000001,UBND Quận 7,Phòng Nội vụ,coordinator",
        "binh@quan7.gov.vn,,UBND Quận 7,UBND 10 Phường,member",
        "\"chi@badinh.gov.vn\",,\"UBND quận Ba Đình\",Phòng Nội vụ,lãnh đạo");

    [Fact]
    public async Task Import_GoodFileTwice_AddsOnceThenChangesNothing()
    {
        var file = GoodFile();

        var first = await RunAsync("roster", "import", file);
        var second = await RunAsync("roster", "import", file);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Đã nhập: 6 thay đổi", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Không có gì thay đổi: 3 dòng đã có sẵn", second.Output, StringComparison.Ordinal);
        var entries = await ListAsync();
        Assert.Equal(3, entries.Length);
        var an = entries.Single(e => e.GetProperty("upn").GetString() == "an@quan7.gov.vn");
        Assert.Equal(("6f3b4c1e-0000-4000-8000-000000000001", "UBND Quận 7", "Phòng Nội vụ", "coordinator", "active"),
            (an.GetProperty("aadObjectId").GetString(), an.GetProperty("organisation").GetString(), an.GetProperty("unit").GetString(),
             an.GetProperty("role").GetString(), an.GetProperty("status").GetString()));
        Assert.Equal("unit-head", entries.Single(e => e.GetProperty("upn").GetString() == "chi@badinh.gov.vn").GetProperty("role").GetString());
        Assert.Single(await ListAsync("--org", "UBND quận Ba Đình"));
    }

    [Fact]
    public async Task Import_BadRows_EachNamedByLineAndField_AndNothingImported()
    {
        var file = Csv(Header,
            "an@quan7.gov.vn,6f3b4c1e-0000-4000-8000-000000000001,UBND Quận 7,Phòng Nội vụ,coordinator",
            "binh@quan7.gov.vn,,UBND Quận 7,Phòng Không Có,member",
            "chi@quan7.gov.vn,,UBND Quận 7,Phòng Nội vụ,boss",
            "dung@quan7.gov.vn,not-a-guid,UBND Quận 7,Phòng Nội vụ,member",
            "an@quan7.gov.vn,6f3b4c1e-0000-4000-8000-000000000009,UBND Quận 7,UBND 10 Phường,member",
            "em@quan7.gov.vn,,UBND Quận 7,Phòng Nội vụ,member",
            "em@quan7.gov.vn,,UBND Quận 7,Phòng Nội vụ,member");

        var run = await RunAsync("roster", "import", file);

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("Dòng 3, cột unit: không có đơn vị “Phòng Không Có”", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dòng 4, cột role: vai trò “boss” không có", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dòng 5, cột aadObjectId: aadObjectId “not-a-guid” không phải mã GUID", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dòng 6, cột aadObjectId: trùng người: an@quan7.gov.vn đã có ở dòng 2", run.Error, StringComparison.Ordinal);
        Assert.Contains("Dòng 8, cột upn: trùng dòng 7", run.Error, StringComparison.Ordinal);
        Assert.Contains("Không nhập gì", run.Error, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Import_SkipInvalid_ImportsOnlyTheGoodLines()
    {
        var file = Csv(Header,
            "an@quan7.gov.vn,,UBND Quận 7,Phòng Nội vụ,coordinator",
            "binh@quan7.gov.vn,,UBND Quận 7,Phòng Không Có,member");

        var run = await RunAsync("roster", "import", file, "--skip-invalid");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Dòng 3, cột unit", run.Error, StringComparison.Ordinal);
        Assert.Equal("an@quan7.gov.vn", Assert.Single(await ListAsync()).GetProperty("upn").GetString());
    }

    [Fact]
    public async Task Import_DryRun_PrintsWhatWouldChangeAndWritesNothing()
    {
        var run = await RunAsync("roster", "import", GoodFile(), "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sẽ cấp vai trò coordinator tại Phòng Nội vụ (UBND Quận 7) cho an@quan7.gov.vn (dòng 2)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Chạy thử: 6 thay đổi", run.Output, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
    }

    [Fact]
    public async Task Import_MissingColumn_NamesItAndImportsNothing()
    {
        var run = await RunAsync("roster", "import", Csv("upn;organisation;unit", "an@quan7.gov.vn;UBND Quận 7;Phòng Nội vụ"));

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("Dòng 1, cột role: thiếu cột “role”", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GrantRevokeAndAudit_ChangesAreListedWithTheOperator()
    {
        var granted = await RunAsync("roster", "grant", "--user", "an@quan7.gov.vn", "--unit", "phòng nội vụ", "--org", "UBND Quận 7", "--role", "coordinator");
        var again = await RunAsync("roster", "grant", "--user", "an@quan7.gov.vn", "--unit", "Phòng Nội vụ", "--org", "UBND Quận 7", "--role", "coordinator");
        var ambiguous = await RunAsync("roster", "grant", "--user", "an@quan7.gov.vn", "--unit", "Phòng Nội vụ", "--role", "member");
        var listed = await ListAsync();
        var revoked = await RunAsync("roster", "revoke", "--user", "an@quan7.gov.vn", "--unit", "Phòng Nội vụ", "--org", "UBND Quận 7", "--role", "coordinator");
        var audit = await RunAsync("audit", "--since", "2020-01-01", "--json");

        Assert.True(granted.ExitCode == 0, granted.Error);
        Assert.Contains("Đã cấp vai trò coordinator", granted.Output, StringComparison.Ordinal);
        Assert.Contains("Đã có sẵn", again.Output, StringComparison.Ordinal);
        Assert.Equal(7, ambiguous.ExitCode);
        Assert.Contains("thêm --org", ambiguous.Error, StringComparison.Ordinal);
        Assert.Equal("coordinator", Assert.Single(listed).GetProperty("role").GetString());
        Assert.Contains("Đã thu hồi", revoked.Output, StringComparison.Ordinal);
        Assert.Empty(await ListAsync());
        var actions = JsonDocument.Parse(audit.Output).RootElement.EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["roster.grant", "roster.revoke"], actions);
        Assert.StartsWith("cli:", JsonDocument.Parse(audit.Output).RootElement[0].GetProperty("actor").GetString(), StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
