using System.Text.Json;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>The parse kept with a pending import must come back exactly as it was previewed.</summary>
public sealed class PreviewedPlanTests
{
    public static TheoryData<string> Plans()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(RepoFile("data", "plans"), "*.txt").Order(StringComparer.Ordinal)) data.Add(file);
        data.Add(RepoFile("tests", "DanVanBot.App.Tests", "Plans", "Fixtures", "quan-7-tiep-dan-2022.txt"));
        return data;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void TryRead_WrittenParse_ComesBackEqual(string file)
    {
        var plan = PlanFiles.Parse(file, CancellationToken.None);

        var kept = PreviewedPlan.TryRead(PreviewedPlan.Write(plan));

        Assert.NotNull(kept);
        Assert.Equal(PlanJson.Write(plan), PlanJson.Write(kept));
        Assert.Equal(Comparable(plan), Comparable(kept));
    }

    [Fact]
    public void Write_LeavesOutComputedProperties()
    {
        var plan = PlanFiles.Parse(RepoFile("data", "plans", "000_a87dec2e8e1edcf9.txt"), CancellationToken.None);

        using var json = JsonDocument.Parse(PreviewedPlan.Write(plan));

        Assert.False(json.RootElement.TryGetProperty(nameof(ParsedPlan.DatedObligations), out _));
        Assert.False(json.RootElement.GetProperty(nameof(ParsedPlan.Obligations))[0].TryGetProperty(nameof(PlanObligation.DueDates), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("KẾ HOẠCH\nThực hiện công tác dân vận năm 2025")]
    [InlineData("""{"Title":"x"}""")]
    [InlineData("""{"Obligations":[{"Rule":{"$type":"NoSuchRule"}}]}""")]
    public void TryRead_NotAKeptParse_ReturnsNull(string content) =>
        Assert.Null(PreviewedPlan.TryRead(Utf8(content)));

    /// <summary>Everything PlanJson leaves out, in a form records compare by value.</summary>
    private static string Comparable(ParsedPlan plan) => string.Join('\n',
        [
            plan.Locality ?? "-", string.Join('|', plan.LegalBases), string.Join('|', plan.SourceLines),
            .. plan.Tasks.Select(t => $"{t.SectionPath}|{t.Text}|{string.Join(',', t.SourceLines)}"),
            .. plan.Units.Select(u => $"{u.Name}|{u.IsGroup}|{u.GroupSize}|{u.IsCoordinator}|{u.IsRequestOnly}|{string.Join(',', u.SourceLines)}"),
            .. plan.Obligations.Select(o => $"{o.Description}|{o.Kind}|{o.Via}|{o.Rule}|{o.SectionPath}|{string.Join(';', o.Occurrences)}"),
        ]);
}
