using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>
/// The five real sample plans, line by line, against the dated deadlines domain.md lists for them:
/// everything dated that the grammar finds must be one of them, and each of them must be found.
/// </summary>
public sealed class SamplePlanTests
{
    [Theory]
    [InlineData("000_a87dec2e8e1edcf9.txt", 2022, 2022, "30/04/2022;29/10/2022;01/10/2022-31/10/2022")]
    [InlineData("001_5323af09cffbc17d.txt", 2022, 2026,
        "09/06/2022;09/06/2023;09/06/2024;09/06/2025;09/06/2026;24/11/2022;24/11/2023;24/11/2024;24/11/2025;24/11/2026")]
    [InlineData("002_7bfcb32814c81f86.txt", 2025, 2025, "15/03/2025;15/06/2025;15/09/2025;15/12/2025;24/11/2025")]
    [InlineData("003_df3c9522d1630c2a.txt", 2024, 2024, "")]
    [InlineData("004_e7fe8f861b171733.txt", 2023, 2023, "14/06/2023;14/11/2023;30/11/2023")]
    public void FindAll_SamplePlan_FindsExactlyTheDatedDeadlines(string file, int fromYear, int toYear, string expected)
    {
        var period = new PlanPeriod(fromYear, toYear);

        var found = File.ReadLines(Path.Combine(SamplePlans.Directory, file))
            .SelectMany(line => DeadlinePhraseParser.FindAll(line, period))
            .Where(match => match.Rule is not (CadenceOnly or WorkingDaysBefore or WorkingDaysWithin))
            .SelectMany(match => match.Rule.Expand(period))
            .Select(occurrence => RuleText.Describe([occurrence]));

        Assert.Equal(Split(expected).Order(), found.Order());
    }

    [Theory]
    [InlineData("000_a87dec2e8e1edcf9.txt", 2022, Cadence.Quarterly | Cadence.SixMonthly | Cadence.Yearly)]
    [InlineData("001_5323af09cffbc17d.txt", 2022, Cadence.Yearly)]
    [InlineData("003_df3c9522d1630c2a.txt", 2024, Cadence.None)]
    [InlineData("004_e7fe8f861b171733.txt", 2023, Cadence.Quarterly | Cadence.SixMonthly | Cadence.NineMonthly | Cadence.Yearly)]
    public void FindAll_SamplePlan_FindsDatelessCadences(string file, int year, Cadence expectedAtLeast)
    {
        var cadences = File.ReadLines(Path.Combine(SamplePlans.Directory, file))
            .SelectMany(line => DeadlinePhraseParser.FindAll(line, PlanPeriod.SingleYear(year)))
            .Select(match => match.Rule).OfType<CadenceOnly>().ToList();

        Assert.NotEmpty(cadences);
        var all = cadences.Aggregate(Cadence.None, (sum, rule) => sum | rule.Cadence);
        Assert.Equal(expectedAtLeast, all & expectedAtLeast);
    }

    private static string[] Split(string expected) => expected.Split(';', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Finds data/plans by walking up from the test binaries (or DANVANBOT_PLANS_DIR, when set).</summary>
internal static class SamplePlans
{
    public static string Directory { get; } = Locate();

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("DANVANBOT_PLANS_DIR");
        if (!string.IsNullOrEmpty(configured)) return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "plans");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/plans not found above " + AppContext.BaseDirectory);
    }
}
