using System.Text;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary><c>DanVanBot package</c>, run as the real executable in a child process.</summary>
public sealed class PackageCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("danvanbot-package-").FullName;

    private string ZipPath => Path.Combine(directory, "out", "DanVanBot.zip");

    private static readonly Dictionary<string, string> Developer = new()
    {
        ["AppPackage__DeveloperName"] = "Sở Nội vụ tỉnh Thử nghiệm",
        ["AppPackage__WebsiteUrl"] = "https://snv.example.gov.vn/",
        ["AppPackage__PrivacyUrl"] = "https://snv.example.gov.vn/quyen-rieng-tu",
        ["AppPackage__TermsOfUseUrl"] = "https://snv.example.gov.vn/dieu-khoan",
    };

    private Task<ProcessRun> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = ChildProcess.DanVanBot(["package", .. args]);
        start.WorkingDirectory = directory;
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return ChildProcess.RunAsync(start);
    }

    [Fact]
    public async Task Package_WithAppIdAndHost_WritesTheFourFilesWithEveryPlaceholderFilled()
    {
        var run = await RunAsync(Developer, "--app-id", TestPackage.AppId.ToUpperInvariant(), "--host", "https://DanVan.Example.gov.vn/",
            "--out", ZipPath, "--package-version", "2.4.1");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(ZipPath, run.Output);
        var package = TestPackage.Unzip(await File.ReadAllBytesAsync(ZipPath));
        Assert.Equal(["color.png", "en.json", "manifest.json", "outline.png"], package.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var json in new[] { "manifest.json", "en.json" })
            Assert.DoesNotContain("{{", Encoding.UTF8.GetString(package.Files[json]));

        var manifest = package.Manifest;
        Assert.Equal(TestPackage.AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TestPackage.AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal([TestPackage.Host], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("2.4.1", manifest["version"]!.GetValue<string>());
        Assert.Equal("Sở Nội vụ tỉnh Thử nghiệm", manifest["developer"]!["name"]!.GetValue<string>());
        Assert.Equal("https://snv.example.gov.vn/quyen-rieng-tu", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal("https://snv.example.gov.vn/dieu-khoan", manifest["developer"]!["termsOfUseUrl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Package_WithNothingSet_NamesEveryMissingSettingAndWritesNothing()
    {
        var run = await RunAsync(new Dictionary<string, string>(), "--out", ZipPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Thiếu --app-id", run.Error);
        Assert.Contains("Thiếu --host", run.Error);
        foreach (var key in new[] { "DeveloperName", "WebsiteUrl", "PrivacyUrl", "TermsOfUseUrl" })
            Assert.Contains($"AppPackage:{key}", run.Error);
        Assert.False(File.Exists(ZipPath));
    }

    [Theory]
    [InlineData("--app-id", "28:6a1f3c0e", "không phải GUID")]
    [InlineData("--host", "http://danvan.example.gov.vn", "--host “http://danvan.example.gov.vn” không hợp lệ")]
    [InlineData("--host", "https://danvan.example.gov.vn/api/messages", "không có cổng hay đường dẫn")]
    [InlineData("--host", "localhost", "--host “localhost” không hợp lệ")]
    [InlineData("--package-version", "1.0", "--package-version “1.0” không hợp lệ")]
    public async Task Package_WithAnInvalidValue_ExplainsItAndWritesNothing(string option, string value, string message)
    {
        var args = new Dictionary<string, string>
        {
            ["--app-id"] = TestPackage.AppId,
            ["--host"] = TestPackage.Host,
            ["--out"] = ZipPath,
            [option] = value,
        };

        var run = await RunAsync(Developer, [.. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.False(File.Exists(ZipPath));
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
