using DanVanBot.App.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// The real bot on real HTTP: Kestrel on 127.0.0.1 with a free port, a fresh SQLite file, and
/// whatever settings the test adds (auth metadata URLs, app id, a fake Connector's address).
/// </summary>
public sealed class RunningBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string directory;

    private RunningBot(WebApplication app, string directory, Uri baseAddress)
    {
        this.app = app;
        this.directory = directory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public Uri MessagesUrl => new(BaseAddress, "/api/messages");
    public IServiceProvider Services => app.Services;
    public string DatabasePath => Path.Combine(directory, "bot.db");

    /// <summary>Migrations and the first-run import, for a bot started with <c>prepare: false</c>.</summary>
    public Task PrepareAsync() => app.PrepareAsync();

    public static async Task<RunningBot> StartAsync(
        IDictionary<string, string?>? settings = null,
        string environment = "Development",
        Action<IServiceCollection>? replaceServices = null,
        bool prepare = true)
    {
        var directory = Directory.CreateTempSubdirectory("danvanbot-test-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["ConnectionStrings:DanVan"] = $"Data Source={Path.Combine(directory, "bot.db")}",
            // The test activities' tenant; a test of tenant refusal overrides this ("" = only the roster's tenants).
            ["Bot:AllowedTenants:0"] = Activities.TenantId,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;

        var app = BotHost.Build(
            ["--urls", "http://127.0.0.1:0", "--environment", environment],
            builder => builder.Configuration.AddInMemoryCollection(values),
            replaceServices);
        if (prepare) await app.PrepareAsync();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new RunningBot(app, directory, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly. */ }
    }
}
