using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVanBot.Cards.Tests.Support;

/// <summary>JSON equality as JavaScript sees it: numbers by value (1 and 1.0 are equal), property order ignored.</summary>
internal static class JsonAssert
{
    public static void Equivalent(JsonNode? expected, JsonNode? actual)
    {
        var difference = FindDifference(expected, actual, "$");
        Assert.True(difference is null, $"{difference}\nexpected: {expected?.ToJsonString()}\nactual:   {actual?.ToJsonString()}");
    }

    private static string? FindDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                var keys = e.Select(p => p.Key).Union(a.Select(p => p.Key));
                foreach (var key in keys)
                {
                    if (!e.ContainsKey(key) || !a.ContainsKey(key)) return $"{path}.{key}: present on one side only";
                    var inner = FindDifference(e[key], a[key], $"{path}.{key}");
                    if (inner is not null) return inner;
                }

                return null;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count) return $"{path}: {e.Count} items vs {a.Count}";
                for (var i = 0; i < e.Count; i++)
                {
                    var inner = FindDifference(e[i], a[i], $"{path}[{i}]");
                    if (inner is not null) return inner;
                }

                return null;
            case (JsonValue e, JsonValue a) when e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number:
                return Number(e) == Number(a) ? null : $"{path}: {e} vs {a}";
            case (JsonValue e, JsonValue a):
                return e.ToJsonString() == a.ToJsonString() ? null : $"{path}: {e.ToJsonString()} vs {a.ToJsonString()}";
            default:
                return $"{path}: {expected?.ToJsonString() ?? "null"} vs {actual?.ToJsonString() ?? "null"}";
        }
    }

    private static double Number(JsonValue value) => double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
}
