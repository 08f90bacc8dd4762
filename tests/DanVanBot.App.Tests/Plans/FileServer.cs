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

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
