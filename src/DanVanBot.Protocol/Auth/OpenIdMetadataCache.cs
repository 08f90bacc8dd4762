using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// The signing keys of one metadata URL, shared by every request (spec §1.4). Not IdentityModel's
/// ConfigurationManager: in 8.16 its RequestRefresh() only schedules a background fetch, so the request that
/// saw an unknown kid would still fail. Here the refresh is single-flight and awaited, throttled to
/// <c>MetadataMinimumRefreshInterval</c>, and uses the injected clock.
/// </summary>
public sealed class OpenIdMetadataCache(
    string metadataUrl,
    Func<HttpClient> httpClients,
    TimeProvider timeProvider,
    TimeSpan minimumRefreshInterval,
    TimeSpan automaticRefreshInterval,
    ILogger logger)
{
    private readonly SemaphoreSlim _refreshGate = new(1, 1);
    private volatile OpenIdMetadataSnapshot? _current;
    private DateTimeOffset _lastAttempt = DateTimeOffset.MinValue;
    private int _fetchCount;

    public string MetadataUrl { get; } = metadataUrl;

    /// <summary>How many times the documents were fetched (for diagnostics and tests).</summary>
    public int FetchCount => Volatile.Read(ref _fetchCount);

    /// <summary>The current keys, fetched first if there are none yet or they are older than the automatic interval.</summary>
    /// <exception cref="OpenIdMetadataUnavailableException">No copy could be fetched and none is cached.</exception>
    public Task<OpenIdMetadataSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        return current is not null && !IsStale(current)
            ? Task.FromResult(current)
            : RefreshAsync(current, unknownKey: false, cancellationToken);
    }

    /// <summary>
    /// Called when a token names a kid that <paramref name="observed"/> lacks: fetches again unless another
    /// request already did, or the last fetch was less than the minimum interval ago.
    /// </summary>
    public Task<OpenIdMetadataSnapshot> RefreshForUnknownKeyAsync(OpenIdMetadataSnapshot observed, CancellationToken cancellationToken) =>
        RefreshAsync(observed, unknownKey: true, cancellationToken);

    private async Task<OpenIdMetadataSnapshot> RefreshAsync(OpenIdMetadataSnapshot? observed, bool unknownKey, CancellationToken cancellationToken)
    {
        await _refreshGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (current is not null)
            {
                var someoneElseRefreshed = !ReferenceEquals(current, observed);
                var throttled = timeProvider.GetUtcNow() - _lastAttempt < minimumRefreshInterval;
                if (someoneElseRefreshed || throttled || (!unknownKey && !IsStale(current)))
                {
                    return current;
                }
            }

            _lastAttempt = timeProvider.GetUtcNow();
            try
            {
                var fresh = await FetchAsync(cancellationToken).ConfigureAwait(false);
                _current = fresh;
                AuthLog.MetadataLoaded(logger, MetadataUrl, fresh.SigningKeys.Count);
                return fresh;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (current is not null)
                {
                    AuthLog.MetadataRefreshFailed(logger, MetadataUrl, "keeping the cached keys", ex);
                    return current;
                }

                AuthLog.MetadataRefreshFailed(logger, MetadataUrl, "no cached keys, failing closed", ex);
                throw new OpenIdMetadataUnavailableException(MetadataUrl, ex);
            }
        }
        finally
        {
            _refreshGate.Release();
        }
    }

    private async Task<OpenIdMetadataSnapshot> FetchAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _fetchCount);
        var retriever = new HttpDocumentRetriever(httpClients()) { RequireHttps = !IsLoopbackHttp(MetadataUrl) };
        var configuration = await OpenIdConnectConfigurationRetriever
            .GetAsync(MetadataUrl, retriever, cancellationToken)
            .ConfigureAwait(false);
        return OpenIdMetadataSnapshot.From(configuration, timeProvider.GetUtcNow());
    }

    private bool IsStale(OpenIdMetadataSnapshot snapshot) =>
        timeProvider.GetUtcNow() - snapshot.FetchedAt >= automaticRefreshInterval;

    /// <summary>Plain http is tolerated only for a metadata server on this machine (tests, local tools).</summary>
    internal static bool IsLoopbackHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;
}

/// <summary>The keys for a metadata URL could not be fetched and nothing is cached: authentication fails closed.</summary>
public sealed class OpenIdMetadataUnavailableException(string metadataUrl, Exception innerException)
    : Exception($"OpenID metadata unavailable: {metadataUrl}", innerException);
