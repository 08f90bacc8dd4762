using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.Plans;

/// <summary>
/// Plays OneDrive for the bot's downloads: serves registered bytes at <c>/files/{name}</c> on loopback over
/// real HTTP (a plain GET, no token, like Teams' pre-authorised downloadUrl) and counts the requests.
/// Also plays a hostile host: <c>/slow/{name}</c> trickles one byte a second, <c>/endless/{name}</c> never ends.
/// </summary>
public sealed class FileServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, byte[]> files = new();
    private int requests;

    private FileServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = string.Empty;
    public int Requests => requests;

    public static async Task<FileServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FileServer(app);
        app.MapGet("/files/{name}", (string name) =>
        {
            Interlocked.Increment(ref server.requests);
            return server.files.TryGetValue(name, out var bytes)
                ? Results.File(bytes, "application/octet-stream")
                : Results.NotFound();
        });
        app.MapGet("/slow/{name}", server.TrickleAsync);
        app.MapGet("/endless/{name}", server.EndlessAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = address.TrimEnd('/');
        return server;
    }

    /// <summary>Registers the bytes and returns the download URL to put in the attachment.</summary>
    public string Serve(string name, byte[] content)
    {
        files[name] = content;
        return $"{BaseUrl}/files/{Uri.EscapeDataString(name)}";
    }

    /// <summary>A download URL whose body arrives one byte a second, never finishing (it claims a small file).</summary>
    public string Slow(string name) => $"{BaseUrl}/slow/{Uri.EscapeDataString(name)}";

    /// <summary>A download URL whose body never ends (no Content-Length), as fast as the bot reads.</summary>
    public string Endless(string name) => $"{BaseUrl}/endless/{Uri.EscapeDataString(name)}";

    private async Task TrickleAsync(HttpContext http)
    {
        Interlocked.Increment(ref requests);
        http.Response.ContentLength = 4096;
        try
        {
            for (var sent = 0; sent < 4096; sent++)
            {
                await http.Response.Body.WriteAsync("K"u8.ToArray(), http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                await Task.Delay(TimeSpan.FromSeconds(1), http.RequestAborted); // the hostile host's pace, not a test wait
            }
        }
        catch (OperationCanceledException)
        {
            // The bot gave up: what this host is for.
        }
    }

    private async Task EndlessAsync(HttpContext http)
    {
        Interlocked.Increment(ref requests);
        var chunk = new byte[64 * 1024];
        try
        {
            while (true) await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
        }
        catch (Exception error) when (error is OperationCanceledException or IOException)
        {
            // The bot stopped reading.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
