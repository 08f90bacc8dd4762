using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DanVanBot.App.TeamsPackage;

/// <summary>
/// Builds the Teams app package (a zip with the manifest, its localisation files and the two icons at the root)
/// from the <c>appPackage/</c> templates: placeholders filled from <see cref="PackageSettings"/>, command lists
/// generated from the one command menu.
/// </summary>
internal static partial class TeamsAppPackage
{
    // A fixed timestamp keeps the zip byte-identical for the same inputs.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The manifest version the template declares (e.g. "1.29").</summary>
    public static string ManifestVersion => PackageSources.ReadJson(PackageSources.ManifestFile)["manifestVersion"]!.GetValue<string>();

    public static byte[] Build(PackageSettings settings, BotCommandMenu menu)
    {
        var manifest = Fill(PackageSources.ReadJson(PackageSources.ManifestFile), settings.Placeholders);
        var defaultLanguage = manifest["localizationInfo"]!["defaultLanguageTag"]!.GetValue<string>();
        var languages = (manifest["localizationInfo"]!["additionalLanguages"]?.AsArray() ?? [])
            .Select(l => (Tag: l!["languageTag"]!.GetValue<string>(), File: l["file"]!.GetValue<string>()))
            .ToList();
        var problems = menu.Problems([defaultLanguage, .. languages.Select(l => l.Tag)]);
        if (problems.Count > 0)
            throw new InvalidOperationException($"appPackage/{PackageSources.CommandsFile}: " + string.Join("; ", problems));

        manifest["bots"]![0]!["commandLists"] = menu.ManifestLists(defaultLanguage);
        var files = new List<(string Name, byte[] Content)> { (PackageSources.ManifestFile, Serialize(manifest)) };
        foreach (var (tag, file) in languages)
        {
            var localization = Fill(PackageSources.ReadJson(file), settings.Placeholders);
            foreach (var (key, value) in menu.LocalizationKeys(tag)) localization[key] = value;
            files.Add((file, Serialize(localization)));
        }
        files.Add((manifest["icons"]!["color"]!.GetValue<string>(), PackageSources.ReadBytes(PackageSources.ColorIconFile)));
        files.Add((manifest["icons"]!["outline"]!.GetValue<string>(), PackageSources.ReadBytes(PackageSources.OutlineIconFile)));
        return Zip(files);
    }

    /// <summary>Replaces every <c>{{NAME}}</c> in the document's string values; an unknown name is a template error.</summary>
    private static JsonObject Fill(JsonObject document, IReadOnlyDictionary<string, string> values)
    {
        foreach (var value in Strings(document).ToList())
        {
            var text = value.GetValue<string>();
            var filled = Placeholder().Replace(text, match => values.TryGetValue(match.Groups[1].Value, out var v)
                ? v
                : throw new InvalidOperationException($"appPackage: unknown placeholder {match.Value}."));
            if (filled != text) value.ReplaceWith(JsonValue.Create(filled));
        }
        return document;
    }

    private static IEnumerable<JsonValue> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => [v],
        _ => [],
    };

    private static byte[] Serialize(JsonObject document) => Encoding.UTF8.GetBytes(document.ToJsonString(Indented) + "\n");

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }
        return buffer.ToArray();
    }

    [GeneratedRegex(@"\{\{([A-Z_]+)\}\}")]
    private static partial Regex Placeholder();
}
