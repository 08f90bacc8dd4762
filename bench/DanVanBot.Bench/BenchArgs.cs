using System.Globalization;

namespace DanVanBot.Bench;

/// <summary>"--name value" pairs, nothing more: the benchmarks take a handful of options.</summary>
public sealed class BenchArgs(IReadOnlyDictionary<string, string> values)
{
    public static BenchArgs Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) continue;
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i][2..]] = hasValue ? args[++i] : "true";
        }
        return new BenchArgs(values);
    }

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;

    public int GetInt(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => values.ContainsKey(name);
}
