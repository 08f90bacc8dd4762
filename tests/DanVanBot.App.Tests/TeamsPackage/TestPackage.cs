using System.IO.Compression;
using System.Text.Json.Nodes;
using DanVanBot.App.TeamsPackage;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary>The Teams app package as the <c>package</c> verb builds it, unpacked: file name → bytes.</summary>
public sealed record TestPackage(IReadOnlyDictionary<string, byte[]> Files)
{
    public const string AppId = "6a1f3c0e-2b4d-4e8f-9a7b-1c2d3e4f5a6b";
    public const string Host = "danvan.example.gov.vn";

    public JsonObject Json(string file) => JsonNode.Parse(Files[file])!.AsObject();

    public JsonObject Manifest => Json("manifest.json");

    public static TestPackage Build()
    {
        var (settings, problems) = PackageSettingsReader.Read(AppId, Host, "1.2.3", new AppPackageOptions
        {
            DeveloperName = "Sở Nội vụ tỉnh Thử nghiệm",
            WebsiteUrl = "https://snv.example.gov.vn/",
            PrivacyUrl = "https://snv.example.gov.vn/quyen-rieng-tu",
            TermsOfUseUrl = "https://snv.example.gov.vn/dieu-khoan",
        });
        Assert.Empty(problems);
        return Unzip(TeamsAppPackage.Build(settings!, BotCommandMenu.Load()));
    }

    public static TestPackage Unzip(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return new TestPackage(archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }));
    }

    /// <summary>Every command title in the manifest and in each localisation file, with the scope it is listed in.</summary>
    public IEnumerable<(string Scope, string Title)> CommandTitles()
    {
        var lists = Manifest["bots"]![0]!["commandLists"]!.AsArray();
        var localizations = (Manifest["localizationInfo"]?["additionalLanguages"]?.AsArray() ?? [])
            .Select(l => Json(l!["file"]!.GetValue<string>())).ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var scope = lists[i]!["scopes"]![0]!.GetValue<string>();
            var commands = lists[i]!["commands"]!.AsArray();
            for (var j = 0; j < commands.Count; j++)
            {
                yield return (scope, commands[j]!["title"]!.GetValue<string>());
                foreach (var localization in localizations)
                {
                    if (localization[$"bots[0].commandLists[{i}].commands[{j}].title"] is { } title)
                        yield return (scope, title.GetValue<string>());
                }
            }
        }
    }
}
