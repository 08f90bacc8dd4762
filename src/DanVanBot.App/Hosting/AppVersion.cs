using System.Reflection;

namespace DanVanBot.App.Hosting;

/// <summary>The running build's version, as /healthz reports it and as the Teams package defaults to.</summary>
internal static class AppVersion
{
    private static readonly Assembly App = typeof(AppVersion).Assembly;

    /// <summary>The informational version: the project version plus the source commit when built from git (1.0.0+abc123…).</summary>
    public static string Informational { get; } =
        App.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? Semantic;

    /// <summary>major.minor.patch, the form the Teams manifest's "version" requires.</summary>
    public static string Semantic
    {
        get
        {
            var version = App.GetName().Version ?? new Version(1, 0, 0);
            return $"{version.Major}.{version.Minor}.{Math.Max(version.Build, 0)}";
        }
    }
}
