using System.Net;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Plans;

/// <summary>The outcome of fetching a chat file: the bytes, or why not (each reason has its own answer).</summary>
internal enum DownloadStatus { Ok, NotAllowed, TooLarge, TooSlow, Failed }

internal sealed record DownloadResult(DownloadStatus Status, byte[]? Content = null);

/// <summary>
/// Fetches a file Teams stored for the user, with a plain GET (the URL is pre-authorised) and a size limit
/// enforced while reading, not only from Content-Length. Redirects are followed by hand so every hop is
/// checked against the <see cref="DownloadPolicy"/>. One deadline (<see cref="PlanOptions.DownloadTimeout"/>) covers
/// the whole download, every hop and the body: a server sending a byte a second cannot hold the turn.
/// </summary>
internal sealed class PlanFileDownloader(IHttpClientFactory clients, DownloadPolicy policy, IOptions<PlanOptions> options, TimeProvider clock)
{
    public const string ClientName = "plan-files";
    private const int MaxRedirects = 3;

    public long MaxMegabytes => Math.Max(1, options.Value.MaxUploadBytes / (1024 * 1024));

    public int TimeoutSeconds => (int)Math.Ceiling(options.Value.DownloadTimeout.TotalSeconds);

    public async Task<DownloadResult> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !policy.IsAllowed(uri)) return new(DownloadStatus.NotAllowed);
        using var timeout = new CancellationTokenSource(options.Value.DownloadTimeout, clock);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await FollowAsync(clients.CreateClient(ClientName), uri, deadline.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new(DownloadStatus.TooSlow);
        }
        // The host could not be reached, or the connection broke mid-body: to the user, a failed download.
        catch (Exception error) when (error is HttpRequestException or IOException)
        {
            return new(DownloadStatus.Failed);
        }
    }

    private async Task<DownloadResult> FollowAsync(HttpClient http, Uri uri, CancellationToken deadline)
    {
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, deadline);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (!policy.IsAllowed(uri)) return new(DownloadStatus.NotAllowed);
                continue;
            }
            if (!response.IsSuccessStatusCode) return new(DownloadStatus.Failed);
            return await ReadLimitedAsync(response.Content, options.Value.MaxUploadBytes, deadline);
        }
        return new(DownloadStatus.Failed);
    }

    private static async Task<DownloadResult> ReadLimitedAsync(HttpContent content, long limit, CancellationToken deadline)
    {
        if (content.Headers.ContentLength > limit) return new(DownloadStatus.TooLarge);
        await using var stream = await content.ReadAsStreamAsync(deadline);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, deadline)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return new(DownloadStatus.TooLarge);
        }
        return new(DownloadStatus.Ok, buffer.ToArray());
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
