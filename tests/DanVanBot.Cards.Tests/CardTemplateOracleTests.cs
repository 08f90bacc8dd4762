using DanVanBot.Cards.Templating;
using DanVanBot.Cards.Tests.Support;

namespace DanVanBot.Cards.Tests;

/// <summary>Every template, with every sample data set, expands exactly as Microsoft's engine does and renders cleanly.</summary>
public sealed class CardTemplateOracleTests
{
    public static TheoryData<SampleCard> Samples => SampleCards.Theory();

    private static readonly Lazy<bool> OracleWarm = new(() =>
    {
        CardCheckOracle.Prefetch(SampleCards.All().Select(s => (CardTemplates.Get(s.CardName), s.Data)));
        return true;
    });

    [RequiresCardCheckTheory]
    [MemberData(nameof(Samples))]
    public void Expand_SampleData_MatchesMicrosoftTemplatingEngine(SampleCard sample)
    {
        _ = OracleWarm.Value;
        var template = CardTemplates.Get(sample.CardName);

        var ours = CardBinder.Expand(template, sample.Data);
        var reference = CardCheckOracle.Run(template, sample.Data);

        Assert.Null(reference.Error);
        JsonAssert.Equivalent(reference.Expanded, ours);
    }

    [RequiresCardCheckTheory]
    [MemberData(nameof(Samples))]
    public void Expand_SampleData_MicrosoftRendererReportsNoWarnings(SampleCard sample)
    {
        _ = OracleWarm.Value;
        var reference = CardCheckOracle.Run(CardTemplates.Get(sample.CardName), sample.Data);

        Assert.Null(reference.Error);
        Assert.Empty(reference.Warnings);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Expand_SampleData_LeavesNoUnboundExpression(SampleCard sample)
    {
        var card = CardBinder.Expand(CardTemplates.Get(sample.CardName), sample.Data)!;

        // Only data we control is guaranteed complete; hand-written raw sets may legitimately lack required fields.
        if (sample.Typed)
        {
            Assert.DoesNotContain("${", card.ToJsonString(), StringComparison.Ordinal);
        }

        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.True(Version.Parse(card["version"]!.GetValue<string>()) <= new Version(1, 5));
    }
}
