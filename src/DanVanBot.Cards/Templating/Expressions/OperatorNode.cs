namespace DanVanBot.Cards.Templating.Expressions;

/// <summary>
/// An operator or built-in function. Each case follows the matching adaptive-expressions evaluator, including
/// which operands are read without null substitution and which errors are swallowed into <c>false</c>.
/// </summary>
internal sealed class OperatorNode(string type, IReadOnlyList<ExpressionNode> children) : ExpressionNode
{
    public string Type { get; } = type;

    public IReadOnlyList<ExpressionNode> Children { get; } = children;

    public override Evaluation Evaluate(Scope scope, bool substitute) => Type switch
    {
        "&&" => And(scope),
        "||" => Or(scope),
        "!" => Not(scope),
        "if" => If(scope, substitute),
        "==" => Compare(scope, verifyNotNull: false, args => JsSemantics.CommonEquals(args[0], args[1])),
        "!=" => Compare(scope, verifyNotNull: false, args => !JsSemantics.CommonEquals(args[0], args[1])),
        "<" => Compare(scope, verifyNotNull: true, args => Order(args) < 0),
        "<=" => Compare(scope, verifyNotNull: true, args => Order(args) <= 0),
        ">" => Compare(scope, verifyNotNull: true, args => Order(args) > 0),
        ">=" => Compare(scope, verifyNotNull: true, args => Order(args) >= 0),
        "empty" => Empty(scope),
        "count" => Count(scope, substitute),
        "+" => Add(scope, substitute),
        _ => Evaluation.Fail("Unknown function " + Type),
    };

    public override string ToString()
    {
        var infix = Type.Length > 0 && !char.IsAsciiLetter(Type[0]) && Children.Count >= 2;
        var separator = infix ? " " + Type + " " : ", ";
        return (infix ? "" : Type) + "(" + string.Join(separator, Children.Select(child => child.ToString())) + ")";
    }

    private Evaluation And(Scope scope)
    {
        foreach (var child in Children)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (result.Failed || !JsSemantics.IsLogicTrue(result.Value)) return Evaluation.Of(false);
        }

        return Evaluation.Of(true);
    }

    /// <summary>
    /// Quirk kept from the reference: when nothing is true, the result is the last operand's own value
    /// (false, null or undefined), not false.
    /// </summary>
    private Evaluation Or(Scope scope)
    {
        object? last = false;
        foreach (var child in Children)
        {
            var result = child.Evaluate(scope, substitute: false);
            if (!result.Failed && JsSemantics.IsLogicTrue(result.Value)) return Evaluation.Of(true);
            last = result.Failed ? Undefined.Value : result.Value;
        }

        return Evaluation.Of(last);
    }

    private Evaluation Not(Scope scope)
    {
        var result = Children[0].Evaluate(scope, substitute: false);
        return Evaluation.Of(result.Failed || !JsSemantics.IsLogicTrue(result.Value));
    }

    private Evaluation If(Scope scope, bool substitute)
    {
        var condition = Children[0].Evaluate(scope, substitute: false);
        var branch = !condition.Failed && JsSemantics.IsLogicTrue(condition.Value) ? Children[1] : Children[2];
        return branch.Evaluate(scope, substitute);
    }

    /// <summary>Comparisons read operands without substitution; an operand error means false, a type mismatch is an error.</summary>
    private Evaluation Compare(Scope scope, bool verifyNotNull, Func<object?[], bool> compare)
    {
        var args = new object?[Children.Count];
        for (var i = 0; i < Children.Count; i++)
        {
            var result = Children[i].Evaluate(scope, substitute: false);
            if (result.Failed || (verifyNotNull && result.Value is null or Undefined)) return Evaluation.Of(false);
            args[i] = result.Value;
        }

        try
        {
            return Evaluation.Of(compare(args));
        }
        catch (CardTemplateException error)
        {
            return Evaluation.Fail(error.Message);
        }
    }

    private static int Order(object?[] args) => (args[0], args[1]) switch
    {
        (double a, double b) when !double.IsNaN(a) && !double.IsNaN(b) => a.CompareTo(b),
        (string a, string b) => Math.Sign(string.CompareOrdinal(a, b)),
        _ => throw new CardTemplateException($"{Describe(args[0])} and {Describe(args[1])} must be comparable."),
    };

    private static string Describe(object? value) => value is null or Undefined ? (value?.ToString() ?? "null") : JsSemantics.ToJsString(value);

    private Evaluation Empty(Scope scope)
    {
        var result = Children[0].Evaluate(scope, substitute: false);
        return result.Value switch
        {
            _ when result.Failed => Evaluation.Of(false),
            null or Undefined => Evaluation.Of(true),
            string text => Evaluation.Of(text.Length == 0),
            List<object?> list => Evaluation.Of(list.Count == 0),
            OrderedDictionary<string, object?> properties => Evaluation.Of(properties.Count == 0),
            _ => Evaluation.Of(false), // not a container: the reference swallows the type error into false
        };
    }

    /// <summary>count() keeps substitution on, so count(missing) counts the characters of "${missing}".</summary>
    private Evaluation Count(Scope scope, bool substitute)
    {
        var result = Children[0].Evaluate(scope, substitute);
        if (result.Failed) return result;
        return result.Value switch
        {
            string text => Evaluation.Of((double)text.Length),
            List<object?> list => Evaluation.Of((double)list.Count),
            OrderedDictionary<string, object?> properties => Evaluation.Of((double)properties.Count),
            null => Evaluation.Fail("Cannot convert undefined or null to object"),
            _ => Evaluation.Fail($"{Children[0]} must be a string, list, map or object."),
        };
    }

    /// <summary>'+' adds two numbers and otherwise concatenates, treating undefined as empty text.</summary>
    private Evaluation Add(Scope scope, bool substitute)
    {
        object? total = null;
        for (var i = 0; i < Children.Count; i++)
        {
            var result = Children[i].Evaluate(scope, substitute);
            if (result.Failed) return result;
            if (result.Value is not (string or Undefined) && !JsSemantics.IsNumber(result.Value))
            {
                return Evaluation.Fail($"{Children[i]} is neither a number nor string");
            }

            if (i == 0)
            {
                total = result.Value;
                continue;
            }

            var step = AddPair(total, result.Value);
            if (step.Failed) return step;
            total = step.Value;
        }

        return Evaluation.Of(total);
    }

    private static Evaluation AddPair(object? left, object? right)
    {
        if ((left is Undefined && JsSemantics.IsNumber(right)) || (right is Undefined && JsSemantics.IsNumber(left)))
        {
            return Evaluation.Fail("Operator '+' or add cannot be applied to operands of type 'number' and null object.");
        }

        if (left is double a && right is double b)
        {
            return Evaluation.Of(a + b);
        }

        var leftText = left is Undefined ? "" : JsSemantics.ToJsString(left);
        var rightText = right is Undefined ? "" : JsSemantics.ToJsString(right);
        return Evaluation.Of(leftText + rightText);
    }
}
