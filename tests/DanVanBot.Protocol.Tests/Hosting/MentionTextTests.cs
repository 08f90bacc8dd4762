using DanVanBot.Protocol.Hosting;

namespace DanVanBot.Protocol.Tests.Hosting;

public sealed class MentionTextTests
{
    [Theory]
    [InlineData("<at>DanVanBot</at> tháng này có gì đến hạn?", "tháng này có gì đến hạn?")]
    [InlineData("<p><at>Trợ lý</at>&nbsp;hạn báo cáo</p>", "hạn báo cáo")]
    [InlineData("  trợ giúp  ", "trợ giúp")]
    [InlineData(null, "")]
    [InlineData("a &amp; b", "a & b")]
    public void Strip_RemovesMentionsTagsAndEntities(string? input, string expected) =>
        Assert.Equal(expected, MentionText.Strip(input).Replace('\u00A0', ' ').Trim());
}
