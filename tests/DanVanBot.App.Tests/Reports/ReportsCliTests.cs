using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Reports;

/// <summary><c>DanVanBot reports list</c> as the real executable, on a fresh SQLite file with the sample plans.</summary>
public sealed class ReportsCliTests : IDisposable
{
    private readonly CliProcess cli = new() { WithSamplePlans = true };

    [Fact]
    public async Task List_Json_OneObjectPerUnitAndOccurrence_NothingSentIsOverdueAtVersionZero()
    {
        var run = await cli.RunAsync("reports", "list", "--org", "UBND Quận 7", "--from", "2022-04-01", "--to", "2022-04-30", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = JsonDocument.Parse(run.Output).RootElement.EnumerateArray().ToList();
        Assert.Equal([ReportFormTests.Agencies, ReportFormTests.Wards], rows.Select(r => r.GetProperty("unit").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r =>
        {
            Assert.StartsWith("2022-04-", r.GetProperty("dueDate").GetString(), StringComparison.Ordinal);
            // Today (the real clock) is long after April 2022 and nothing was sent in this fresh database.
            Assert.Equal("overdue", r.GetProperty("status").GetString());
            Assert.Equal(0, r.GetProperty("version").GetInt32());
            Assert.Equal(JsonValueKind.Null, r.GetProperty("submittedAt").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("obligation").GetString()));
        });
    }

    [Fact]
    public async Task List_UnknownOrganisation_FailsNamingIt()
    {
        var run = await cli.RunAsync("reports", "list", "--org", "UBND Sao Hỏa", "--json");

        Assert.Equal(7, run.ExitCode);
        Assert.Contains("Không có cơ quan “UBND Sao Hỏa”.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_BadDate_FailsWithTheExpectedShape()
    {
        var run = await cli.RunAsync("reports", "list", "--org", "UBND Quận 7", "--from", "01/04/2022");

        Assert.Equal(6, run.ExitCode);
        Assert.Contains("yyyy-MM-dd", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
