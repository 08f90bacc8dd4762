using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.Language.Tests.Questions;

/// <summary>Shared reading of the tables: dates as yyyy-MM-dd, intents by their CLI names.</summary>
internal static class QuestionExpectations
{
    private static readonly QuestionInterpreter Interpreter = new();

    public static Question Interpret(string text, string today) => Interpreter.Interpret(text, DateOnly.Parse(today));

    public static void IntentAndWindow(string text, string today, string intent, string? from, string? to)
    {
        var question = Interpret(text, today);
        var expectedWindow = from is null ? (DateWindow?)null : new DateWindow(DateOnly.Parse(from), DateOnly.Parse(to ?? from));
        Assert.True(QuestionIntentNames.TryParseCliName(intent, out var expectedIntent), $"bad intent name {intent}");
        Assert.Equal((expectedIntent, expectedWindow), (question.Intent, question.Window));
    }

    /// <summary>As <see cref="IntentAndWindow"/>, but a window of "*" is not checked (eval/README.md: not scored).</summary>
    public static void IntentAndMaybeWindow(string text, string today, string intent, string? from, string? to)
    {
        if (from != "*") { IntentAndWindow(text, today, intent, from, to); return; }
        Assert.True(QuestionIntentNames.TryParseCliName(intent, out var expectedIntent), $"bad intent name {intent}");
        Assert.Equal(expectedIntent, Interpret(text, today).Intent);
    }

    public static ReportPeriodKind? Report(string? name) => name switch
    {
        null => null,
        "monthly" => ReportPeriodKind.Monthly,
        "quarterly" => ReportPeriodKind.Quarterly,
        "six" => ReportPeriodKind.SixMonthly,
        "nine" => ReportPeriodKind.NineMonthly,
        "yearly" => ReportPeriodKind.Yearly,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown report name in test table"),
    };
}
