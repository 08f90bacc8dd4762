using System.Net;
using System.Text.RegularExpressions;
using DanVanBot.Protocol.Hosting;

namespace DanVanBot.Protocol.Tests.Hosting;

/// <summary>
/// The one-pass stripping means exactly what the two regular expressions it replaced meant (they are kept here as
/// the oracle), and looks at no more than <see cref="MentionText.MaxLength"/> characters.
/// </summary>
public sealed partial class MentionTextLinearTests
{
    [Fact]
    public void Strip_RandomMarkup_SameAsTheRegularExpressions()
    {
        var random = new Random(20261121);
        for (var round = 0; round < 20_000; round++)
        {
            const string alphabet = "<>at/AT x\n&;";
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Oracle(text), MentionText.Strip(text));
        }
    }

    [Theory]
    [InlineData("<at>a</at> b <AT>c</At>", "b")]
    [InlineData("<at>unclosed tháng này", "unclosed tháng này")]
    [InlineData("<<<<", "<<<<")]
    [InlineData("<>x<>", "<>x<>")]
    [InlineData("1 < 2 và 3 > 2", "1   2")]
    public void Strip_Edges_AsBefore(string text, string expected) => Assert.Equal(expected, MentionText.Strip(text));

    [Fact]
    public void Strip_LongerThanMaxLength_LooksOnlyAtTheStart()
    {
        var text = "hạn báo cáo " + new string('x', MentionText.MaxLength) + " tháng này";

        var stripped = MentionText.Strip(text);

        Assert.Equal(MentionText.MaxLength, stripped.Length);
        Assert.StartsWith("hạn báo cáo", stripped, StringComparison.Ordinal);
        Assert.DoesNotContain("tháng này", stripped, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<")]
    [InlineData("<at>")]
    [InlineData("@")]
    public void Strip_FloodOfOpenings_KeepsAtMostMaxLength(string unit)
    {
        var flood = string.Concat(Enumerable.Repeat(unit, 900_000 / unit.Length));

        Assert.True(MentionText.Strip(flood).Length <= MentionText.MaxLength);
    }

    private static string Oracle(string text) => string.IsNullOrWhiteSpace(text)
        ? string.Empty
        : WebUtility.HtmlDecode(Tag().Replace(Mention().Replace(text, " "), " ")).Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Mention();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
