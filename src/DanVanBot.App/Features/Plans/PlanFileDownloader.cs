using System.Net;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Plans;

/// <summary>The outcome of fetching a chat file: the bytes, or why not (each reason has its own answer).</summary>
internal enum DownloadStatus { Ok, NotAllowed, TooLarge, Failed }

internal sealed record DownloadResult(DownloadStatus Status, byte[]? Content = null);

/// <summary>
/// Fetches a file Teams stored for the user, with a plain GET (the URL is pre-authorised) and a size limit
/// enforced while reading, not only from Content-Length. Redirects are followed by hand so every hop is
/// checked against the <see cref="DownloadPolicy"/>.
/// </summary>
internal sealed class PlanFileDownloader(IHttpClientFactory clients, DownloadPolicy policy, IOptions<PlanOptions> options)
{
    public const string ClientName = "plan-files";
    private const int MaxRedirects = 3;

    public long MaxMegabytes => Math.Max(1, options.Value.MaxUploadBytes / (1024 * 1024));

    public async Task<DownloadResult> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !policy.IsAllowed(uri)) return new(DownloadStatus.NotAllowed);
        var http = clients.CreateClient(ClientName);
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            using var response = await GetAsync(http, uri, cancellationToken);
            if (response is null) return new(DownloadStatus.Failed);
            if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
            {
                uri = location.IsAbsoluteUri ? location : new Uri(uri, location);
                if (!policy.IsAllowed(uri)) return new(DownloadStatus.NotAllowed);
                continue;
            }
            if (!response.IsSuccessStatusCode) return new(DownloadStatus.Failed);
            return await ReadLimitedAsync(response.Content, options.Value.MaxUploadBytes, cancellationToken);
        }
        return new(DownloadStatus.Failed);
    }

    private static async Task<DownloadResult> ReadLimitedAsync(HttpContent content, long limit, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > limit) return new(DownloadStatus.TooLarge);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit) return new(DownloadStatus.TooLarge);
        }
        return new(DownloadStatus.Ok, buffer.ToArray());
    }

    /// <summary>Null when the host cannot be reached: to the user that is the same as a failed download.</summary>
    private static async Task<HttpResponseMessage?> GetAsync(HttpClient http, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            return await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
