using System.Text.Json;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

public sealed class PlanJsonTests
{
    [Fact]
    public void Write_QuarterSevenPlan_HasTheCliShape()
    {
        var json = PlanJson.Write(PlanFiles.Parse("000_a87dec2e8e1edcf9.txt"));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        // The contract: these names in this order; fields added later (kind) come after them.
        Assert.Equal(
            ["number", "issuer", "issuedOn", "title", "period", "coordinator", "units", "obligations", "kind"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("plan", root.GetProperty("kind").GetString());
        Assert.Equal("102/KH-UBND-NV", root.GetProperty("number").GetString());
        Assert.Equal("2022-03-30", root.GetProperty("issuedOn").GetString());
        Assert.Equal(2022, root.GetProperty("period").GetProperty("from").GetInt32());
        var obligations = root.GetProperty("obligations").EnumerateArray().ToList();
        Assert.Equal(
            ["description", "units", "recipient", "phrase", "dueDates", "window", "cadence", "needsDate", "sourceLines", "partners", "product"],
            obligations[0].EnumerateObject().Select(p => p.Name).ToArray());
        var inspection = obligations.Single(o => o.GetProperty("window").ValueKind == JsonValueKind.Object);
        Assert.Equal("2022-10-01", inspection.GetProperty("window").GetProperty("from").GetString());
        Assert.Equal("2022-10-31", inspection.GetProperty("window").GetProperty("to").GetString());
        var sixMonths = obligations.Single(o => o.GetProperty("phrase").GetString() == "Trước ngày 01/5/2022");
        Assert.Equal(["2022-04-30"], sixMonths.GetProperty("dueDates").EnumerateArray().Select(d => d.GetString() ?? "").ToArray());
        Assert.Equal([120, 122], sixMonths.GetProperty("sourceLines").EnumerateArray().Select(l => l.GetInt32()).ToArray());
        Assert.False(sixMonths.GetProperty("needsDate").GetBoolean());
    }

    [Fact]
    public void Write_BlankNumberAndDay_WritesNulls()
    {
        using var document = JsonDocument.Parse(PlanJson.Write(PlanFiles.Parse("002_7bfcb32814c81f86.txt")));

        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("number").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("issuedOn").ValueKind);
    }

    [Fact]
    public void Write_VietnameseText_IsNotEscapedAndIsIndented()
    {
        var json = PlanJson.Write(PlanFiles.Parse("001_5323af09cffbc17d.txt"));

        Assert.Contains("\"issuer\": \"UBND huyện Cầu Ngang\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
        Assert.Contains("\n  \"title\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(Cadence.None, "periodic")]
    [InlineData(Cadence.Quarterly, "quarterly")]
    [InlineData(Cadence.Quarterly | Cadence.SixMonthly | Cadence.Yearly, "quarterly,sixMonthly,yearly")]
    [InlineData(Cadence.Monthly | Cadence.NineMonthly, "monthly,nineMonthly")]
    public void CadenceName_Cadence_IsCamelCaseList(Cadence? cadence, string? expected)
    {
        Assert.Equal(expected, PlanJson.CadenceName(cadence));
    }
}
