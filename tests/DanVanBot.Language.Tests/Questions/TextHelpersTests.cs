using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tests.Questions;

public sealed class TextHelpersTests
{
    [Theory]
    [InlineData("thnag", "thang", true)]
    [InlineData("thag", "thang", true)]
    [InlineData("thangg", "thang", true)]
    [InlineData("thanh", "thang", true)]
    [InlineData("hna", "han", true)]
    [InlineData("thang", "thang", true)]
    [InlineData("tahgn", "thang", false)]
    [InlineData("tuan", "thang", false)]
    [InlineData("", "ab", false)]
    [InlineData("a", "", true)]
    public void IsWithinOneEdit_Pair_Expected(string a, string b, bool expected) =>
        Assert.Equal(expected, EditDistance.IsWithinOneEdit(a, b));

    [Theory]
    [InlineData("thang", true)]
    [InlineData("nghieng", true)]
    [InlineData("quyen", true)]
    [InlineData("phuong", true)]
    [InlineData("truong", true)]
    [InlineData("giua", true)]
    [InlineData("khuya", true)]
    [InlineData("thnag", false)]
    [InlineData("thag", false)]
    [InlineData("hna", false)]
    [InlineData("ubnd", false)]
    [InlineData("report", false)]
    public void IsValid_FoldedToken_Expected(string token, bool expected) =>
        Assert.Equal(expected, VietnameseSyllable.IsValid(token));

    [Theory]
    [InlineData("bc", "bao cao")]
    [InlineData("kh", "ke hoach")]
    [InlineData("dvcq", "dan van chinh quyen")]
    [InlineData("qcdc", "quy che dan chu")]
    [InlineData("pnv", "phong noi vu")]
    [InlineData("t10", "thang 10")]
    [InlineData("q3", "quy 3")]
    [InlineData("6t", "6 thang")]
    [InlineData("trc", "truoc")]
    [InlineData("hok", "khong")]
    [InlineData("dc", "duoc")]
    [InlineData("j", "gi")]
    [InlineData("ntn", "nhu the nao")]
    [InlineData("tg", "thoi gian")]
    public void TryExpand_Shorthand_FullWords(string token, string expected)
    {
        Assert.True(Abbreviations.TryExpand(token, out var words));
        Assert.Equal(expected, string.Join(' ', words));
    }

    [Theory]
    [InlineData("t13")]
    [InlineData("q5")]
    [InlineData("thang")]
    [InlineData("13t")]
    public void TryExpand_NotShorthand_False(string token) => Assert.False(Abbreviations.TryExpand(token, out _));

    [Theory]
    [InlineData("<at>DanVanBot</at> tháng này", "  tháng này")]
    [InlineData("a &amp; b&nbsp;c", "a & b\u00a0c")]
    [InlineData("<p>x</p>", " x ")]
    [InlineData("no markup 1 < 2", "no markup 1 < 2")]
    public void ToPlainText_ChatMarkup_Stripped(string html, string expected) =>
        Assert.Equal(expected, ChatMarkup.ToPlainText(html));
}
