using DanVanBot.Language.Questions;

namespace DanVanBot.Language.Tests.Questions;

public sealed class QuestionInterpreterRobustnessTests
{
    private static readonly QuestionInterpreter Interpreter = new();

    [Theory]
    [InlineData("từ đến")]
    [InlineData("tháng 13")]
    [InlineData("quý 9 năm 99999")]
    [InlineData("31/2 có gì đến hạn")]
    [InlineData("ngày 31 tháng 2")]
    [InlineData("từ 99/99 đến 1/1")]
    [InlineData("////----....")]
    [InlineData("<at>unclosed")]
    [InlineData("\u0301\u0300")]
    [InlineData("trước")]
    [InlineData("next 0 days")]
    public void Interpret_MalformedMessage_DoesNotThrow(string text)
    {
        var question = Interpreter.Interpret(text, new DateOnly(2026, 12, 31));
        Assert.NotNull(question.Normalized);
    }

    [Fact]
    public void Interpret_RandomText_NeverThrows()
    {
        const string alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạ0123456789 /-.?<>&;#t";
        var random = new Random(20260318);
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var today = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 3650));
            var question = Interpreter.Interpret(new string(chars), today);
            Assert.True(question.Window is null || question.Window.Value.From <= question.Window.Value.To);
        }
    }

    [Theory]
    [InlineData(QuestionIntent.Due, "due")]
    [InlineData(QuestionIntent.Deadline, "deadline")]
    [InlineData(QuestionIntent.Tasks, "tasks")]
    [InlineData(QuestionIntent.Search, "search")]
    [InlineData(QuestionIntent.Missing, "missing")]
    [InlineData(QuestionIntent.Submit, "submit")]
    [InlineData(QuestionIntent.Help, "help")]
    [InlineData(QuestionIntent.Unknown, "unknown")]
    public void ToCliName_Intent_RoundTrips(QuestionIntent intent, string name)
    {
        Assert.Equal(name, intent.ToCliName());
        Assert.True(QuestionIntentNames.TryParseCliName(name, out var parsed));
        Assert.Equal(intent, parsed);
    }
}
