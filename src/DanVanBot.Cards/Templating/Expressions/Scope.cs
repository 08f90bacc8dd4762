namespace DanVanBot.Cards.Templating.Expressions;

/// <summary>
/// What an expression can see: <c>$root</c>, the current <c>$data</c> (the root until a <c>$data</c> changes it)
/// and <c>$index</c> (undefined outside a repeated element).
/// </summary>
internal sealed record Scope(object? Root, object? Data, object? Index)
{
    /// <summary>
    /// Resolves a dotted path as the reference memory does: a path not starting with <c>$</c> is read under
    /// <c>$data</c>; property names match case-insensitively; a missing step yields undefined.
    /// </summary>
    public object? Lookup(IReadOnlyList<string> path)
    {
        var first = path[0];
        object? current;
        int next;
        if (first.StartsWith('$'))
        {
            current = ReservedValue(first);
            next = 1;
        }
        else
        {
            current = Data;
            next = 0;
        }

        for (var i = next; i < path.Count; i++)
        {
            current = Property(current, path[i]);
        }

        return current;
    }

    private object? ReservedValue(string name) => name.ToLowerInvariant() switch
    {
        "$root" => Root,
        "$data" => Data,
        "$index" => Index,
        _ => Undefined.Value,
    };

    /// <summary>adaptive-expressions' accessProperty: a falsy instance has no properties; first case-insensitive match wins.</summary>
    public static object? Property(object? instance, string name)
    {
        if (!JsSemantics.IsJsTruthy(instance) || instance is not OrderedDictionary<string, object?> properties)
        {
            return Undefined.Value;
        }

        foreach (var (key, value) in properties)
        {
            if (string.Equals(key.ToLowerInvariant(), name.ToLowerInvariant(), StringComparison.Ordinal))
            {
                return value;
            }
        }

        return Undefined.Value;
    }
}
