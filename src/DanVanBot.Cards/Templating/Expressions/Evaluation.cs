namespace DanVanBot.Cards.Templating.Expressions;

/// <summary>Result of evaluating an expression: a value, or an error message (adaptive-expressions never throws).</summary>
internal readonly record struct Evaluation(object? Value, string? Error)
{
    public static Evaluation Of(object? value) => new(value, null);

    public static Evaluation Fail(string error) => new(null, error);

    public bool Failed => Error is not null;
}
