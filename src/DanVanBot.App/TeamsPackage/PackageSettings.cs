using System.Text.RegularExpressions;

namespace DanVanBot.App.TeamsPackage;

/// <summary>Everything one deployment's package needs, checked: every field is valid for the manifest schema.</summary>
internal sealed record PackageSettings(
    string AppId, string Host, string Version, string DeveloperName, string WebsiteUrl, string PrivacyUrl, string TermsOfUseUrl)
{
    /// <summary>The manifest's placeholders and their values.</summary>
    public IReadOnlyDictionary<string, string> Placeholders => new Dictionary<string, string>
    {
        ["BOT_APP_ID"] = AppId,
        ["BOT_HOST"] = Host,
        ["APP_VERSION"] = Version,
        ["DEVELOPER_NAME"] = DeveloperName,
        ["DEVELOPER_WEBSITE_URL"] = WebsiteUrl,
        ["DEVELOPER_PRIVACY_URL"] = PrivacyUrl,
        ["DEVELOPER_TERMS_URL"] = TermsOfUseUrl,
    };
}

/// <summary>Reads and checks the package settings; every problem is named, in Vietnamese, for the administrator.</summary>
internal static partial class PackageSettingsReader
{
    public const int MaxDeveloperNameLength = 32;

    public static (PackageSettings? Settings, IReadOnlyList<string> Problems) Read(
        string? appId, string? host, string? version, AppPackageOptions developer)
    {
        var problems = new List<string>();
        var id = CheckAppId(appId, problems);
        var domain = CheckHost(host, problems);
        if (!SemVer().IsMatch(version ?? "")) problems.Add(PackageTexts.BadVersion(version));
        var name = developer.DeveloperName?.Trim();
        if (string.IsNullOrEmpty(name)) problems.Add(PackageTexts.MissingSetting(nameof(AppPackageOptions.DeveloperName)));
        else if (name.Length > MaxDeveloperNameLength) problems.Add(PackageTexts.DeveloperNameTooLong(MaxDeveloperNameLength));
        var website = CheckUrl(developer.WebsiteUrl, nameof(AppPackageOptions.WebsiteUrl), problems);
        var privacy = CheckUrl(developer.PrivacyUrl, nameof(AppPackageOptions.PrivacyUrl), problems);
        var terms = CheckUrl(developer.TermsOfUseUrl, nameof(AppPackageOptions.TermsOfUseUrl), problems);
        return problems.Count > 0
            ? (null, problems)
            : (new PackageSettings(id!, domain!, version!, name!, website!, privacy!, terms!), problems);
    }

    private static string? CheckAppId(string? appId, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(appId)) problems.Add(PackageTexts.MissingAppId);
        else if (!Guid.TryParseExact(appId.Trim(), "D", out var id)) problems.Add(PackageTexts.BadAppId(appId));
        else return id.ToString("D");
        return null;
    }

    /// <summary>A bare DNS name (what <c>validDomains</c> takes); an https URL is accepted and reduced to its host.</summary>
    private static string? CheckHost(string? host, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            problems.Add(PackageTexts.MissingHost);
            return null;
        }

        var value = host.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var url) && value.Contains("://", StringComparison.Ordinal))
        {
            if (url.Scheme != Uri.UriSchemeHttps || !url.IsDefaultPort || url.AbsolutePath != "/" || url.Query.Length > 0)
            {
                problems.Add(PackageTexts.BadHost(host));
                return null;
            }
            value = url.Host;
        }

        if (Uri.CheckHostName(value) != UriHostNameType.Dns || !value.Contains('.', StringComparison.Ordinal))
        {
            problems.Add(PackageTexts.BadHost(host));
            return null;
        }
        return value.ToLowerInvariant();
    }

    private static string? CheckUrl(string? value, string key, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value)) problems.Add(PackageTexts.MissingSetting(key));
        else if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            problems.Add(PackageTexts.BadUrl(key, value));
        else return url.AbsoluteUri;
        return null;
    }

    // The manifest schema's own pattern for "version".
    [GeneratedRegex(@"^([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)\.([0-9]|[1-9][0-9]*)$")]
    private static partial Regex SemVer();
}
