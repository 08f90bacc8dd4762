using DanVanBot.Cards.Templating.Expressions;

namespace DanVanBot.Cards.Templating;

/// <summary>
/// A template string that contains at least one <c>${…}</c>. A string made of exactly one non-literal expression
/// keeps the expression's type (number, object, array…); anything else is concatenated into a string.
/// </summary>
internal sealed class TemplateString(string source, IReadOnlyList<object> parts)
{
    /// <summary>The original text, used when a literal <c>$data</c> object carries template strings.</summary>
    public string Source { get; } = source;

    /// <summary>Literal text pieces (<see cref="string"/>) and expressions (<see cref="ExpressionNode"/>), in order.</summary>
    public IReadOnlyList<object> Parts { get; } = parts;

    public ExpressionNode? SingleExpression =>
        Parts is [ExpressionNode node] && node is not ConstantNode ? node : null;
}
