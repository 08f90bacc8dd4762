using DanVanBot.Cards.Templating.Expressions;

namespace DanVanBot.Cards.Templating;

/// <summary>
/// Walks a prepared template the way adaptivecards-templating's Template.expand does: <c>$data</c> repeats an
/// object per array item (or rebinds it), <c>$when</c> drops it unless it evaluates to exactly <c>true</c>, dropped
/// objects vanish from arrays, and an array item that expands to an array is spliced into its parent.
/// </summary>
internal sealed class TemplateExpander(object? root)
{
    private static readonly HashSet<string> ReservedKeys = ["$data", "$when", "$root", "$index", "$host", "$_acTemplateVersion"];

    private Scope scope = new(root, root, Undefined.Value);

    public object? Expand(object? node)
    {
        var saved = scope;
        try
        {
            return node switch
            {
                List<object?> items => ExpandArray(items),
                TemplateString template => Evaluate(template),
                OrderedDictionary<string, object?> properties => ExpandObject(properties),
                _ => node,
            };
        }
        finally
        {
            scope = saved;
        }
    }

    private List<object?> ExpandArray(List<object?> items)
    {
        var result = new List<object?>();
        foreach (var item in items)
        {
            var expanded = Expand(item);
            if (expanded is null) continue;
            if (expanded is List<object?> spliced) result.AddRange(spliced);
            else result.Add(expanded);
        }

        return result;
    }

    private object? ExpandObject(OrderedDictionary<string, object?> properties)
    {
        properties.TryGetValue("$when", out var when);
        var hasData = properties.TryGetValue("$data", out var dataContext);
        var contexts = new List<object?> { Undefined.Value };
        var isArray = false;
        if (hasData)
        {
            var data = dataContext is TemplateString template ? Evaluate(template) : TemplateModel.StripTemplates(dataContext);
            isArray = data is List<object?>;
            contexts = data as List<object?> ?? [data];
        }

        var result = new List<object?>();
        for (var i = 0; i < contexts.Count; i++)
        {
            if (isArray) scope = scope with { Index = (double)i };
            if (contexts[i] is not Undefined) scope = scope with { Data = contexts[i] };
            if (properties.ContainsKey("$when") && !WhenHolds(when)) continue;
            result.Add(ExpandProperties(properties));
        }

        return result.Count switch
        {
            0 => null,
            1 => result[0],
            _ => result,
        };
    }

    /// <summary>Only a boolean true keeps the object; a literal (non-expression) $when drops it when truthy.</summary>
    private bool WhenHolds(object? when)
    {
        if (when is not TemplateString template) return !JsSemantics.IsJsTruthy(when);
        if (template.SingleExpression is not { } expression) return false; // text around ${…} makes a string
        var result = expression.Evaluate(scope, substitute: false);
        return !result.Failed && result.Value is true;
    }

    private OrderedDictionary<string, object?> ExpandProperties(OrderedDictionary<string, object?> properties)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (ReservedKeys.Contains(key)) continue;
            var expanded = Expand(value);
            if (expanded is not Undefined) result[key] = expanded;
        }

        return result;
    }

    private object? Evaluate(TemplateString template)
    {
        if (template.SingleExpression is { } expression)
        {
            var result = expression.Evaluate(scope, substitute: true);
            return result.Failed ? throw new CardTemplateException(result.Error!) : result.Value;
        }

        // Each piece is evaluated on its own and a failing one is shown as ${expression}, as the reference does.
        var text = new System.Text.StringBuilder();
        foreach (var part in template.Parts)
        {
            if (part is string literal)
            {
                text.Append(literal);
                continue;
            }

            var node = (ExpressionNode)part;
            var piece = node.Evaluate(scope, substitute: true);
            text.Append(piece.Failed ? "${" + node + "}" : JsSemantics.ToJsString(piece.Value));
        }

        return text.ToString();
    }
}
