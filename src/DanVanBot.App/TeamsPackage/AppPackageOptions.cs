namespace DanVanBot.App.TeamsPackage;

/// <summary>
/// Who publishes the Teams app (the manifest's <c>developer</c> block), from configuration section
/// <c>AppPackage</c>: Teams shows these on the app's details page, so each deployment sets its own.
/// </summary>
public sealed class AppPackageOptions
{
    public const string Section = "AppPackage";

    public string? DeveloperName { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? PrivacyUrl { get; set; }
    public string? TermsOfUseUrl { get; set; }
}
