using System.Text.Json;
using DanVanBot.Cards.Data;
using DanVanBot.Cards.Tests.Support;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Cards.Tests;

public sealed class CardMessageTests
{
    public static TheoryData<SampleCard> TypedSamples()
    {
        var data = new TheoryData<SampleCard>();
        foreach (var sample in SampleCards.All().Where(s => s.Typed)) data.Add(sample);
        return data;
    }

    [Theory]
    [MemberData(nameof(TypedSamples))]
    public void Create_SampleData_IsOneCardMessageUnderTheSizeLimitWithSummaryAndNoText(SampleCard sample)
    {
        var activity = CardMessage.Create(sample.CardName, sample.Data, "Thông báo từ trợ lý Dân vận");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("Thông báo từ trợ lý Dân vận", activity.Summary);
        Assert.Null(activity.Text);
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        Assert.Equal("AdaptiveCard", attachment.Content!.Value.GetProperty("type").GetString());
        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes);
    }

    [Fact]
    public void Create_TypedRecord_SerialisesCamelCaseAndOmitsAbsentFields()
    {
        var activity = CardMessage.Create(CardNames.SetDate, new SetDateCardData("ob-9", "Báo cáo năm", DueDate: new DateOnly(2026, 12, 15)), "Ấn định hạn");

        var card = activity.Attachments![0].Content!.Value.GetRawText();
        Assert.Contains("\"obligationId\":\"ob-9\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"2026-12-15\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("${", card, StringComparison.Ordinal);
        Assert.DoesNotContain("\"color\":\"Attention\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AnswerListPageOfTenItems_StaysUnderLimit()
    {
        var activity = CardMessage.Create(CardNames.AnswerList, SampleCards.LongAnswerList(10), "Có 10 hạn trong tháng 11/2026");

        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes);
    }

    [Fact]
    public void Create_TooManyItems_ThrowsCardTooLargeException()
    {
        var error = Assert.Throws<CardTooLargeException>(() =>
            CardMessage.Create(CardNames.AnswerList, SampleCards.LongAnswerList(200), "Quá nhiều hạn"));

        Assert.Equal(CardNames.AnswerList, error.CardName);
        Assert.True(error.ActualBytes >= error.LimitBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankSummary_Throws(string summary)
    {
        Assert.ThrowsAny<ArgumentException>(() => CardMessage.Create(CardNames.Help, SampleCards.HelpPage(true), summary));
    }

    [Fact]
    public void Create_Activity_RoundTripsThroughProtocolSerializer()
    {
        var activity = CardMessage.Create(CardNames.Help, SampleCards.HelpPage(false), "Hướng dẫn sử dụng");

        var json = JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);
        var back = JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity)!;

        Assert.Equal("Hướng dẫn sử dụng", back.Summary);
        Assert.Equal(2, back.Attachments![0].Content!.Value.GetProperty("actions").GetArrayLength());
    }
}
