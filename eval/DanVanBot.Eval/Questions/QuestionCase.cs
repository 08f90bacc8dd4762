using System.Globalization;
using DanVanBot.Domain.Time;

namespace DanVanBot.Eval.Questions;

/// <summary>What a question's window must be: any (not scored), none, or exactly a range of days.</summary>
internal readonly record struct ExpectedWindow(bool Scored, DateWindow? Range)
{
    public static readonly ExpectedWindow Any = new(false, null);
    public static readonly ExpectedWindow None = new(true, null);

    /// <summary>"*", "none" or "yyyy-MM-dd..yyyy-MM-dd".</summary>
    public static ExpectedWindow Parse(string text)
    {
        if (text == "*") return Any;
        if (text == "none") return None;
        var parts = text.Split("..");
        if (parts.Length != 2 || !TryDay(parts[0], out var from) || !TryDay(parts[1], out var to) || to < from)
            throw new FormatException($"window must be '*', 'none' or 'yyyy-MM-dd..yyyy-MM-dd', not '{text}'");
        return new ExpectedWindow(true, new DateWindow(from, to));
    }

    public bool Accepts(DateWindow? given) => !Scored || given == Range;

    public override string ToString() => !Scored ? "*" : Range is { } r ? Format(r) : "none";

    public static string Format(DateWindow? window) => window is { } w
        ? string.Create(CultureInfo.InvariantCulture, $"{w.From:yyyy-MM-dd}..{w.To:yyyy-MM-dd}")
        : "none";

    public static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}

/// <summary>One line of eval/questions/*.tsv.</summary>
internal sealed record QuestionCase(
    string Id,
    string Class,
    DateOnly Today,
    string Intent,
    ExpectedWindow Window,
    IReadOnlyList<string> Styles,
    string Text,
    string Note);

/// <summary>What the code under test made of a question: the CLI's intent name and the window.</summary>
internal sealed record QuestionPrediction(string Intent, DateWindow? Window);
