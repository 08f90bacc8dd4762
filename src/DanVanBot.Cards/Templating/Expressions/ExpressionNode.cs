namespace DanVanBot.Cards.Templating.Expressions;

/// <summary>
/// A parsed expression. <paramref name="substitute"/> mirrors adaptive-expressions' nullSubstitution option: when on,
/// a missing path evaluates to the text <c>${path}</c> instead of undefined. Logic and comparison operators switch it
/// off for their operands, exactly as the reference implementation does.
/// </summary>
internal abstract class ExpressionNode
{
    public abstract Evaluation Evaluate(Scope scope, bool substitute);

    /// <summary>The canonical text adaptive-expressions prints for this expression (shown when it fails in a string).</summary>
    public abstract override string ToString();
}

/// <summary>A literal: number, string, true, false or null.</summary>
internal sealed class ConstantNode(object? value) : ExpressionNode
{
    public object? Value { get; } = value;

    public override Evaluation Evaluate(Scope scope, bool substitute) => Evaluation.Of(Value);

    public override string ToString() => Value switch
    {
        null => "null",
        string text => "'" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'",
        _ => JsSemantics.ToJsString(Value),
    };
}

/// <summary>
/// A member access <c>a.b.c</c>, optionally on the result of another expression (<c>if(x, a, b).c</c>).
/// The whole dotted path is resolved at once, like the reference Accessor.
/// </summary>
internal sealed class AccessorNode(string property, ExpressionNode? instance) : ExpressionNode
{
    private string Property { get; } = property;

    private ExpressionNode? Instance { get; } = instance;

    public override Evaluation Evaluate(Scope scope, bool substitute)
    {
        var path = new List<string>();
        ExpressionNode? left = this;
        while (left is AccessorNode accessor)
        {
            path.Insert(0, accessor.Property);
            left = accessor.Instance;
        }

        object? value;
        if (left is null)
        {
            value = scope.Lookup(path);
        }
        else
        {
            var target = left.Evaluate(scope, substitute);
            if (target.Failed) return target;
            value = target.Value;
            foreach (var step in path)
            {
                value = Scope.Property(value, step);
            }
        }

        if (value is Undefined && substitute)
        {
            return Evaluation.Of("${" + string.Join('.', path) + "}");
        }

        return Evaluation.Of(value);
    }

    public override string ToString() => Instance is null ? Property : Instance + "." + Property;
}
