using System.Net;
using System.Text.RegularExpressions;
using DanVanBot.Language.Questions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tests.Questions;

/// <summary>
/// The forward-pass markup stripping means exactly what the regular expressions it replaced meant (kept here as the
/// oracle); the interpreter reads at most <see cref="QuestionInterpreter.MaxLength"/> characters.
/// </summary>
public sealed partial class ChatMarkupLinearTests
{
    [Fact]
    public void ToPlainText_RandomMarkup_SameAsTheRegularExpressions()
    {
        var random = new Random(20261122);
        for (var round = 0; round < 20_000; round++)
        {
            const string alphabet = "<>atAT/ x_\u0301b&;";
            var text = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            Assert.Equal(Oracle(text), ChatMarkup.ToPlainText(text));
        }
    }

    [Theory]
    [InlineData("<at id=\"0\">Bot</at >hạn", " hạn")]
    [InlineData("<atlas>x</atlas>", " x ")]
    [InlineData("<at>x</at y> z </at>", " ")]
    public void ToPlainText_Edges_AsBefore(string text, string expected) => Assert.Equal(expected, ChatMarkup.ToPlainText(text));

    [Fact]
    public void Interpret_QuestionAfterMaxLength_IsNotRead()
    {
        var interpreter = new QuestionInterpreter();
        var today = new DateOnly(2026, 3, 10);

        var near = interpreter.Interpret("tháng này có gì đến hạn?", today);
        var far = interpreter.Interpret(new string(' ', QuestionInterpreter.MaxLength) + "tháng này có gì đến hạn?", today);

        Assert.Equal(QuestionIntent.Due, near.Intent);
        Assert.NotEqual(QuestionIntent.Due, far.Intent);
    }

    private static string Oracle(string text) => string.IsNullOrEmpty(text) || (text.IndexOf('<') < 0 && text.IndexOf('&') < 0)
        ? text
        : WebUtility.HtmlDecode(Tag().Replace(Mention().Replace(text, " "), " "));

    [GeneratedRegex(@"<at\b[^>]*>.*?</at\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Mention();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
