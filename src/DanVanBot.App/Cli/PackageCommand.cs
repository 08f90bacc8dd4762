using System.CommandLine;
using DanVanBot.App.Hosting;
using DanVanBot.App.TeamsPackage;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>package --app-id ID --host HOST [--out FILE] [--package-version X.Y.Z]</c>: writes the Teams app package for one
/// deployment. The developer block comes from configuration (<c>AppPackage:*</c>). Exit codes: 0 written,
/// 2 a missing or invalid setting (each one named, in Vietnamese, on stderr; nothing is written).
/// </summary>
internal static class PackageCommand
{
    public const int InvalidSettings = 2;
    public const string DefaultFileName = "DanVanBot.zip";

    public static Command Create()
    {
        var appId = new Option<string?>("--app-id") { Description = "Microsoft App ID của bot (GUID), cũng là mã ứng dụng Teams" };
        var host = new Option<string?>("--host") { Description = "Tên miền công khai của bot, ví dụ danvan.example.gov.vn" };
        var output = new Option<string?>("--out") { Description = "Tệp .zip cần ghi (mặc định appPackage/build/DanVanBot.zip trong kho mã)" };
        var version = new Option<string?>("--package-version") { Description = "Phiên bản gói (số.số.số); tăng mỗi lần cập nhật ứng dụng trên Teams" };
        var command = new Command("package", "Tạo gói ứng dụng Teams (.zip) để tải lên Teams") { appId, host, output, version };
        command.SetAction((result, cancellationToken) => WriteAsync(
            result.GetValue(appId), result.GetValue(host), result.GetValue(output), result.GetValue(version), cancellationToken));
        return command;
    }

    private static async Task<int> WriteAsync(string? appId, string? host, string? output, string? version, CancellationToken cancellationToken)
    {
        // The same configuration sources as the bot itself: appsettings*.json, environment variables, user secrets.
        var configuration = WebApplication.CreateBuilder().Configuration;
        var developer = configuration.GetSection(AppPackageOptions.Section).Get<AppPackageOptions>() ?? new AppPackageOptions();
        var (settings, problems) = PackageSettingsReader.Read(appId, host, version ?? AppVersion.Semantic, developer);
        if (settings is null)
        {
            foreach (var problem in problems) await Console.Error.WriteLineAsync(problem);
            await Console.Error.WriteLineAsync(PackageTexts.NotWritten);
            return InvalidSettings;
        }

        var menu = BotCommandMenu.Load();
        var zip = TeamsAppPackage.Build(settings, menu);
        var path = Path.GetFullPath(output ?? DefaultOutput());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, zip, cancellationToken);
        await Console.Out.WriteLineAsync(PackageTexts.Written(path, TeamsAppPackage.ManifestVersion, menu.Commands.Count));
        return 0;
    }

    /// <summary>appPackage/build/ of the repository the command runs in, else the current folder (a published build).</summary>
    private static string DefaultOutput()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DanVanBot.sln")) && Directory.Exists(Path.Combine(dir.FullName, "appPackage")))
                return Path.Combine(dir.FullName, "appPackage", "build", DefaultFileName);
        }
        return DefaultFileName;
    }
}
