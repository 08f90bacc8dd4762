using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Cards.Tests;

public sealed class CardInvokeResponseTests
{
    [Fact]
    public void Card_SetDateWithError_ReplacesCardKeepingTheInput()
    {
        var response = CardInvokeResponse.Card(CardNames.SetDate,
            new SetDateCardData("ob-1", "Báo cáo quý IV", DueDate: new DateOnly(2026, 12, 31), Error: "Ngày này là ngày nghỉ."));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ContentTypes.AdaptiveCard, response.Type);
        var body = response.Value.GetProperty("body");
        var input = body.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "Input.Date");
        Assert.Equal("2026-12-31", input.GetProperty("value").GetString());
        Assert.Contains(body.EnumerateArray(), e => e.TryGetProperty("text", out var text) && text.GetString() == "Ngày này là ngày nghỉ.");
    }

    [Fact]
    public void Message_Text_IsActivityMessageWithStringValue()
    {
        var response = CardInvokeResponse.Message("Đã lưu đơn vị.");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(ContentTypes.ActivityMessage, response.Type);
        Assert.Equal("Đã lưu đơn vị.", response.Value.GetString());
    }

    [Fact]
    public void Error_Status400_CarriesCodeAndMessage()
    {
        var response = CardInvokeResponse.Error(400, "BadRequest", "Thiếu mã nhiệm vụ.");

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(ContentTypes.Error, response.Type);
        Assert.Equal("BadRequest", response.Value.GetProperty("code").GetString());
        Assert.Equal("Thiếu mã nhiệm vụ.", response.Value.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData(200)]
    [InlineData(302)]
    [InlineData(600)]
    public void Error_NonErrorStatus_Throws(int status)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardInvokeResponse.Error(status, "X", "Y"));
    }
}
