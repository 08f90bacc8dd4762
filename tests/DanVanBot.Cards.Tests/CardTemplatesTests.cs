using System.Text.Json.Nodes;

namespace DanVanBot.Cards.Tests;

public sealed class CardTemplatesTests
{
    public static TheoryData<string> KnownCards => new(
        CardNames.Help, CardNames.AnswerList, CardNames.RosterJoin, CardNames.RosterApproval, CardNames.RosterTeam, CardNames.PlanPreview, CardNames.SetDate,
        CardNames.ReportForm, CardNames.ReportReceipt, CardNames.ReportChoice, CardNames.ReportCompliance, CardNames.ReportView, CardNames.ReportUnit,
        CardNames.Nudge, CardNames.NudgeOverview);

    [Fact]
    public void Names_EmbeddedTemplates_ListsEveryCardFile()
    {
        var files = Directory.GetFiles(Path.Combine(Support.CardCheckOracle.RepositoryRoot, "cards"), "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Order(StringComparer.Ordinal);

        Assert.Equal(files, CardTemplates.Names);
    }

    [Theory]
    [MemberData(nameof(KnownCards))]
    public void Get_KnownCard_IsAnAdaptiveCardOfVersionAtMostOnePointFive(string cardName)
    {
        var template = JsonNode.Parse(CardTemplates.Get(cardName))!;

        Assert.Equal("AdaptiveCard", template["type"]!.GetValue<string>());
        Assert.True(Version.Parse(template["version"]!.GetValue<string>()) <= new Version(1, 5));
    }

    [Fact]
    public void Get_SameCardTwice_ReturnsTheCachedText()
    {
        Assert.Same(CardTemplates.Get(CardNames.Help), CardTemplates.Get(CardNames.Help));
    }

    [Fact]
    public void Get_UnknownCard_ThrowsArgumentException()
    {
        var error = Assert.Throws<ArgumentException>(() => CardTemplates.Get("report-form-v0"));

        Assert.Contains("answer-list", error.Message, StringComparison.Ordinal);
    }
}
