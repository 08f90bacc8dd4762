using System.Text.Json.Nodes;

namespace DanVanBot.App.TeamsPackage;

/// <summary>
/// The files of <c>appPackage/</c> (manifest and localisation templates, the command menu, the icons), embedded in
/// the executable so a published build can make the package without the repository.
/// </summary>
internal static class PackageSources
{
    public const string ManifestFile = "manifest.json";
    public const string CommandsFile = "commands.json";
    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    public static byte[] ReadBytes(string file)
    {
        using var stream = typeof(PackageSources).Assembly.GetManifestResourceStream("appPackage/" + file)
            ?? throw new InvalidOperationException($"appPackage/{file} is not embedded in the executable (see DanVanBot.App.csproj).");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static JsonObject ReadJson(string file) =>
        JsonNode.Parse(ReadBytes(file))?.AsObject() ?? throw new InvalidOperationException($"appPackage/{file} is empty.");
}
