using System.Text.Json.Nodes;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary>The built package against Microsoft's official manifest and localisation schemas, offline.</summary>
public sealed class ManifestSchemaTests
{
    private static IEnumerable<string> Errors(JsonNode? report) => report!["errors"]!.AsArray().Select(e => e!.GetValue<string>());

    [RequiresAppManifestFact]
    public async Task BuiltPackage_PassesTheBundledSchemaOfItsManifestVersion()
    {
        var package = TestPackage.Build();

        var report = await AppManifestValidator.ValidateAsync(package);

        var manifestVersion = package.Manifest["manifestVersion"]!.GetValue<string>();
        Assert.Equal("v" + manifestVersion, report["manifest"]!["version"]!.GetValue<string>());
        Assert.StartsWith("node_modules/@microsoft/app-manifest/", report["manifest"]!["schemaFile"]!.GetValue<string>());
        Assert.Empty(Errors(report["manifest"]));
        var english = report["localizations"]!["en.json"];
        Assert.Equal("v" + manifestVersion, english!["version"]!.GetValue<string>());
        Assert.Empty(Errors(english));
    }

    [RequiresAppManifestFact]
    public async Task Validator_RejectsWhatTeamsWouldReject()
    {
        // The same package with one rule broken in each file: proves the oracle is not vacuous.
        var package = TestPackage.Build();
        var manifest = package.Manifest;
        manifest["name"]!["short"] = new string('x', 31);
        manifest["bots"]![0]!["botId"] = "28:not-a-guid";
        var english = package.Json("en.json");
        english["description.short"] = new string('y', 81);
        var files = new Dictionary<string, byte[]>(package.Files)
        {
            ["manifest.json"] = System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()),
            ["en.json"] = System.Text.Encoding.UTF8.GetBytes(english.ToJsonString()),
        };

        var report = await AppManifestValidator.ValidateAsync(new TestPackage(files));

        Assert.Contains(Errors(report["manifest"]), e => e.StartsWith("/name/short must NOT have more than 30 characters", StringComparison.Ordinal));
        Assert.Contains(Errors(report["manifest"]), e => e.StartsWith("/bots/0/botId must match pattern", StringComparison.Ordinal));
        Assert.Contains(Errors(report["localizations"]!["en.json"]), e => e.StartsWith("/description.short must NOT have more than 80", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltPackage_ListsTheMenuOncePerScopeWithinTeamsLimits()
    {
        var manifest = TestPackage.Build().Manifest;

        var bot = manifest["bots"]![0]!;
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.True(bot["supportsFiles"]!.GetValue<bool>());
        var lists = bot["commandLists"]!.AsArray();
        Assert.Equal(["personal", "team", "groupChat"], lists.Select(l => l!["scopes"]!.AsArray().Single()!.GetValue<string>()));
        Assert.All(lists, list =>
        {
            var commands = list!["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.InRange(c!["title"]!.GetValue<string>().Length, 1, 32));
            Assert.All(commands, c => Assert.InRange(c!["description"]!.GetValue<string>().Length, 1, 128));
        });
    }
}
