using System.Diagnostics.CodeAnalysis;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Decides which serviceUrls may receive our bearer token (spec §2.2 "Ours (MUST)").
/// The serviceUrl arrives inside the activity, so without this check a forged or misrouted
/// activity could make us send the token to any host.
/// </summary>
public sealed class ServiceUrlPolicy(bool allowLoopback)
{
    private const string TrafficManagerHost = "smba.trafficmanager.net";

    private static readonly string[] AllowedHostSuffixes =
        [".botframework.com", ".teams.microsoft.com", ".teams.microsoft.us"];

    /// <summary>True in Development: the Playground and local tests listen on http://localhost.</summary>
    public bool AllowsLoopback { get; } = allowLoopback;

    public bool IsAllowed(string? serviceUrl) => TryGetBaseUri(serviceUrl, out _);

    /// <summary>Validates <paramref name="serviceUrl"/> and returns it normalised to end with one slash.</summary>
    public bool TryGetBaseUri(string? serviceUrl, [NotNullWhen(true)] out Uri? baseUri)
    {
        baseUri = null;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.Trim(), UriKind.Absolute, out var uri)
            || uri.UserInfo.Length > 0
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || !IsAllowedHost(uri))
        {
            return false;
        }

        baseUri = WithTrailingSlash(uri);
        return true;
    }

    private bool IsAllowedHost(Uri uri)
    {
        if (AllowsLoopback && uri.IsLoopback && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        return host == TrafficManagerHost
            || AllowedHostSuffixes.Any(suffix => host.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static Uri WithTrailingSlash(Uri uri)
    {
        var text = uri.GetLeftPart(UriPartial.Path);
        return new Uri(text.TrimEnd('/') + "/", UriKind.Absolute);
    }
}
