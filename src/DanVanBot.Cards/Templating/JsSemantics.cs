using System.Globalization;
using System.Text;

namespace DanVanBot.Cards.Templating;

/// <summary>
/// The few JavaScript rules the reference engine (adaptivecards-templating on adaptive-expressions) leaks into its
/// output: how values turn into text, what counts as true, and how <c>==</c> compares.
/// Values are: null, <see cref="Undefined"/>, bool, double, string, <see cref="List{T}"/> and
/// <see cref="OrderedDictionary{TKey,TValue}"/> of string to value.
/// </summary>
internal static class JsSemantics
{
    // Number.EPSILON, which adaptive-expressions uses to compare numbers; not double.Epsilon.
    private const double NumberEpsilon = 2.220446049250313e-16;

    /// <summary>JavaScript <c>value.toString()</c>; null and undefined have none (the engine then crashes).</summary>
    public static string ToJsString(object? value) => value switch
    {
        null or Undefined => throw new CardTemplateException("Cannot read properties of null (reading 'toString')"),
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => FormatNumber(number),
        List<object?> list => string.Join(",", list.Select(item => item is null or Undefined ? "" : ToJsString(item))),
        _ => "[object Object]",
    };

    /// <summary>adaptive-expressions' isLogicTrue: only false, null and undefined are false (0 and "" are true).</summary>
    public static bool IsLogicTrue(object? value) => value switch
    {
        bool flag => flag,
        null or Undefined => false,
        _ => true,
    };

    /// <summary>Plain JavaScript truthiness, used for a literal (non-expression) <c>$when</c>.</summary>
    public static bool IsJsTruthy(object? value) => value switch
    {
        null or Undefined => false,
        bool flag => flag,
        double number => number != 0 && !double.IsNaN(number),
        string text => text.Length > 0,
        _ => true,
    };

    public static bool IsNumber(object? value) => value is double number && !double.IsNaN(number);

    /// <summary>adaptive-expressions' commonEquals, behind <c>==</c>, <c>!=</c> and <c>equals()</c>.</summary>
    public static bool CommonEquals(object? left, object? right)
    {
        if (left is null or Undefined || right is null or Undefined)
        {
            return left is null or Undefined && right is null or Undefined;
        }

        if (left is List<object?> leftList && right is List<object?> rightList)
        {
            return leftList.Count == rightList.Count && leftList.Zip(rightList).All(pair => CommonEquals(pair.First, pair.Second));
        }

        if (left is OrderedDictionary<string, object?> && right is OrderedDictionary<string, object?>)
        {
            return DeepEquals(left, right);
        }

        if (left is double a && right is double b)
        {
            return Math.Abs(a - b) < NumberEpsilon || a == b;
        }

        return StrictEquals(left, right);
    }

    /// <summary>lodash isEqual over JSON-shaped values: strict for scalars, key order ignored.</summary>
    private static bool DeepEquals(object? left, object? right)
    {
        switch (left, right)
        {
            case (List<object?> a, List<object?> b):
                return a.Count == b.Count && a.Zip(b).All(pair => DeepEquals(pair.First, pair.Second));
            case (OrderedDictionary<string, object?> a, OrderedDictionary<string, object?> b):
                return a.Count == b.Count && a.All(entry => b.TryGetValue(entry.Key, out var other) && DeepEquals(entry.Value, other));
            default:
                return StrictEquals(left, right);
        }
    }

    private static bool StrictEquals(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (bool a, bool b) => a == b,
        (double a, double b) => a == b,
        _ => ReferenceEquals(left, right),
    };

    /// <summary>JavaScript Number.prototype.toString(): shortest round-trip digits, exponent only past 1e21 / below 1e-6.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number)) return "NaN";
        if (double.IsPositiveInfinity(number)) return "Infinity";
        if (double.IsNegativeInfinity(number)) return "-Infinity";
        if (number == 0) return "0";

        var sign = number < 0 ? "-" : "";
        var (digits, pointPosition) = ShortestDigits(Math.Abs(number));
        var k = digits.Length;
        var n = pointPosition;
        var builder = new StringBuilder(sign);
        if (k <= n && n <= 21)
        {
            builder.Append(digits).Append('0', n - k);
        }
        else if (0 < n && n <= 21)
        {
            builder.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (-6 < n && n <= 0)
        {
            builder.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            var exponent = n - 1;
            builder.Append(digits[0]);
            if (k > 1) builder.Append('.').Append(digits, 1, k - 1);
            builder.Append('e').Append(exponent >= 0 ? '+' : '-').Append(Math.Abs(exponent).ToString(CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>Digits d1…dk and n such that the value is 0.d1…dk × 10^n, as in ECMAScript's Number::toString.</summary>
    private static (string Digits, int PointPosition) ShortestDigits(double positive)
    {
        // "R" is the shortest round-trip form since .NET Core 3.0, the same digits JavaScript picks.
        var text = positive.ToString("R", CultureInfo.InvariantCulture);
        var exponent = 0;
        var exponentAt = text.IndexOfAny(['E', 'e']);
        if (exponentAt >= 0)
        {
            exponent = int.Parse(text[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..exponentAt];
        }

        var dot = text.IndexOf('.');
        var integerPart = dot >= 0 ? text[..dot] : text;
        var fraction = dot >= 0 ? text[(dot + 1)..] : "";
        var allDigits = integerPart + fraction;
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        var pointPosition = integerPart.Length - leadingZeros + exponent;
        return (digits, pointPosition);
    }
}
