using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// Exactly one <see cref="OpenIdMetadataCache"/> per metadata URL for the process (a DI singleton). URLs only come
/// from configuration and the fixed tenant lists, so the dictionary stays small.
/// </summary>
public sealed class OpenIdMetadataCacheRegistry(
    Func<HttpClient> httpClients,
    IOptions<BotAuthenticationOptions> options,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    public const string HttpClientName = "DanVanBot.Auth.Metadata";

    private readonly ConcurrentDictionary<string, Lazy<OpenIdMetadataCache>> _caches = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger<OpenIdMetadataCache>();

    public OpenIdMetadataCache For(string metadataUrl) =>
        _caches.GetOrAdd(metadataUrl, url => new Lazy<OpenIdMetadataCache>(() => new OpenIdMetadataCache(
            url,
            httpClients,
            timeProvider,
            options.Value.MetadataMinimumRefreshInterval,
            options.Value.MetadataAutomaticRefreshInterval,
            _logger))).Value;
}
