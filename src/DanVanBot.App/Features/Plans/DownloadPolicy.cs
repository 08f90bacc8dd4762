using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// Which URLs the bot may fetch a chat file from. The URL comes from the inbound activity, so without this
/// check anyone able to post an activity could make the bot fetch internal addresses (SSRF).
/// Loopback is allowed only in Development, where the Playground and tests serve files locally.
/// </summary>
internal sealed class DownloadPolicy(IOptions<PlanOptions> options, IHostEnvironment environment)
{
    public bool IsAllowed(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        if (uri.IsLoopback) return environment.IsDevelopment() && uri.Scheme is "http" or "https";
        if (uri.Scheme != Uri.UriSchemeHttps || !string.IsNullOrEmpty(uri.UserInfo)) return false;
        var host = uri.IdnHost.ToLowerInvariant();
        return options.Value.AllowedDownloadHosts.Any(pattern => Matches(host, pattern.Trim().ToLowerInvariant()));
    }

    private static bool Matches(string host, string pattern) =>
        pattern.StartsWith('.') ? host.EndsWith(pattern, StringComparison.Ordinal) && host.Length > pattern.Length : host == pattern;
}
