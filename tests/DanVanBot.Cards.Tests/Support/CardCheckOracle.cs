using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace DanVanBot.Cards.Tests.Support;

/// <summary>What Microsoft's engine made of a template: the expanded card and the renderer's warnings, or its error.</summary>
internal sealed record OracleResult(JsonNode? Expanded, IReadOnlyList<string> Warnings, string? Error);

/// <summary>
/// Runs tools/cardcheck (adaptivecards-templating 2.3.1 + adaptivecards 3.0.6 under node) on a template and data.
/// Install once with <c>npm ci</c> in tools/cardcheck.
/// </summary>
internal static class CardCheckOracle
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ToolDirectory => Path.Combine(RepositoryRoot, "tools", "cardcheck");

    /// <summary>Why the oracle cannot run here, or null when it can.</summary>
    public static string? MissingReason()
    {
        if (!File.Exists(Path.Combine(ToolDirectory, "node_modules", "adaptivecards-templating", "package.json")))
        {
            return "tools/cardcheck/node_modules is missing: run `npm ci` in tools/cardcheck.";
        }

        return FindNode() is null ? "node is not on PATH." : null;
    }

    // Starting node dominates the cost, so results are memoised and can be fetched in one batch up front.
    private static readonly ConcurrentDictionary<string, OracleResult> Results = new(StringComparer.Ordinal);

    public static OracleResult Run(string templateJson, JsonNode? data)
    {
        Prefetch([(templateJson, data)]);
        return Results[Key(templateJson, data)];
    }

    /// <summary>Runs every case not yet known in a single node process.</summary>
    public static void Prefetch(IEnumerable<(string Template, JsonNode? Data)> cases)
    {
        var missing = cases.Where(c => !Results.ContainsKey(Key(c.Template, c.Data))).DistinctBy(c => Key(c.Template, c.Data)).ToList();
        if (missing.Count == 0) return;

        var input = new JsonObject
        {
            ["cases"] = new JsonArray(missing.Select(c => (JsonNode)new JsonObject
            {
                ["template"] = JsonNode.Parse(c.Template),
                ["data"] = c.Data?.DeepClone(),
            }).ToArray()),
        };
        var results = JsonNode.Parse(RunNode(input.ToJsonString()))!["results"]!.AsArray();
        for (var i = 0; i < missing.Count; i++)
        {
            var result = results[i]!.AsObject();
            var warnings = result["warnings"]?.AsArray().Select(w => w!.ToJsonString()).ToList() ?? [];
            Results[Key(missing[i].Template, missing[i].Data)] =
                new OracleResult(result["expanded"]?.DeepClone(), warnings, result["error"]?.GetValue<string>());
        }
    }

    private static string Key(string template, JsonNode? data) => template + "\u0000" + (data?.ToJsonString() ?? "null");

    private static string RunNode(string input)
    {
        var node = FindNode() ?? throw new InvalidOperationException("node is not on PATH.");
        var start = new ProcessStartInfo(node, Path.Combine(ToolDirectory, "cardcheck.js"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = ToolDirectory,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"cardcheck failed ({process.ExitCode}): {stderr.Result}");
        return stdout;
    }

    private static string? FindNode()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "node.exe" : "node"))
            .FirstOrDefault(File.Exists);
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVanBot.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Could not find DanVanBot.sln above " + AppContext.BaseDirectory);
    }
}
