using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>
/// A real OpenID metadata server on 127.0.0.1 (Kestrel, random port) serving a Bot Framework channel metadata
/// document and per-tenant Entra documents, each with a JWKS of locally generated RSA keys; plus token minting
/// (see AuthTestKit.Tokens.cs). Self-contained (IdentityModel + ASP.NET Core only) so other test projects and
/// the benchmark can reuse it.
/// </summary>
public sealed partial class AuthTestKit : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string TeamsChannelId = "msteams";
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";
    public const string BotServiceTenantId = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PublishedKeys> _keySets = new();
    private readonly ConcurrentDictionary<string, int> _requests = new();
    private volatile TaskCompletionSource? _keysGate;
    private volatile TaskCompletionSource? _keysArrived;
    private volatile int _forcedStatus;

    private AuthTestKit(WebApplication app, string appId, AuthManualClock clock)
    {
        _app = app;
        AppId = appId;
        Clock = clock;
    }

    public string AppId { get; }

    public AuthManualClock Clock { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The Bot Framework channel metadata (path A), spelled like the real one.</summary>
    public string MetadataUrl => $"{BaseUrl}/botframework/v1/.well-known/openidconfiguration";

    /// <summary>Entra metadata with a {tenant} placeholder (paths B and C).</summary>
    public string EntraMetadataUrlTemplate => $"{BaseUrl}/{{tenant}}/v2.0/.well-known/openid-configuration";

    /// <summary>The key published in the channel JWKS with endorsements ["msteams"].</summary>
    public AuthSigningKey ChannelKey { get; private set; } = null!;

    /// <summary>Requests served so far, all documents together.</summary>
    public int RequestCount => _requests.Values.Sum();

    public int ChannelKeysRequestCount => _requests.GetValueOrDefault("botframework-keys");

    public static async Task<AuthTestKit> StartAsync(string? appId = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var kit = new AuthTestKit(app, appId ?? Guid.NewGuid().ToString(), new AuthManualClock(DateTimeOffset.UtcNow));
        kit.MapRoutes();
        await app.StartAsync().ConfigureAwait(false);
        kit.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single().TrimEnd('/');
        kit.ChannelKey = kit.AddChannelKey(endorsements: [TeamsChannelId]);
        return kit;
    }

    /// <summary>Publishes a new key in the channel JWKS (null endorsements = no "endorsements" member).</summary>
    public AuthSigningKey AddChannelKey(IReadOnlyList<string>? endorsements, string? keyId = null) =>
        Publish("botframework", new AuthSigningKey(keyId ?? NewKeyId(), endorsements));

    /// <summary>The signing key of an Entra tenant's JWKS, created on first use.</summary>
    public AuthSigningKey EntraKey(string tenantId) =>
        KeySet(tenantId).All.FirstOrDefault() ?? Publish(tenantId, new AuthSigningKey(NewKeyId(), endorsements: null));

    /// <summary>A key that no metadata document publishes (yet): sign with it, then <see cref="PublishChannelKey"/>.</summary>
    public static AuthSigningKey CreateUnpublishedKey(IReadOnlyList<string>? endorsements = null) =>
        new(NewKeyId(), endorsements ?? [TeamsChannelId]);

    public AuthSigningKey PublishChannelKey(AuthSigningKey key) => Publish("botframework", key);

    public void RemoveChannelKey(AuthSigningKey key) => KeySet("botframework").Remove(key.KeyId);

    /// <summary>Every document answers with this status (e.g. 500) until reset with null.</summary>
    public void FailAllRequestsWith(int? statusCode) => _forcedStatus = statusCode ?? 0;

    /// <summary>
    /// JWKS requests wait until <see cref="AuthHeldResponses.Release"/>: a refresh stays in flight meanwhile.
    /// <see cref="AuthHeldResponses.FirstRequestArrived"/> completes once a held request reached the server.
    /// </summary>
    public AuthHeldResponses HoldKeyResponses()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _keysArrived = arrived;
        _keysGate = gate;
        return new AuthHeldResponses(arrived.Task, () =>
        {
            _keysGate = null;
            gate.TrySetResult();
        });
    }

    public async ValueTask DisposeAsync()
    {
        _keysGate?.TrySetResult();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        foreach (var key in _keySets.Values.SelectMany(set => set.All))
        {
            key.Dispose();
        }
    }

    private void MapRoutes()
    {
        _app.Use(async (context, next) =>
        {
            if (_forcedStatus != 0)
            {
                context.Response.StatusCode = _forcedStatus;
                return;
            }

            await next(context).ConfigureAwait(false);
        });
        _app.MapGet("/botframework/v1/.well-known/openidconfiguration", () =>
            Document("botframework-metadata", Metadata(ChannelIssuer, $"{BaseUrl}/botframework/v1/.well-known/keys")));
        _app.MapGet("/botframework/v1/.well-known/keys", () => KeysAsync("botframework", "botframework-keys"));
        _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Document($"{tenant}-metadata", Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", $"{BaseUrl}/{tenant}/discovery/v2.0/keys")));
        _app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant) => KeysAsync(tenant, $"{tenant}-keys"));
    }

    private async Task<IResult> KeysAsync(string keySet, string counter)
    {
        if (_keysGate is { } gate)
        {
            _keysArrived?.TrySetResult();
            await gate.Task.ConfigureAwait(false);
        }

        return Document(counter, new { keys = KeySet(keySet).All.Select(k => k.ToJwk()).ToArray() });
    }

    private IResult Document(string counter, object body)
    {
        _requests.AddOrUpdate(counter, 1, (_, n) => n + 1);
        return Results.Json(body);
    }

    private static object Metadata(string issuer, string jwksUri) => new
    {
        issuer,
        jwks_uri = jwksUri,
        id_token_signing_alg_values_supported = new[] { "RS256" },
    };

    private AuthSigningKey Publish(string keySet, AuthSigningKey key) => KeySet(keySet).Publish(key);

    private PublishedKeys KeySet(string name) => _keySets.GetOrAdd(name, _ => new PublishedKeys());

    /// <summary>A JWKS in publication order: which key a validator meets first can matter (kid/x5t tests).</summary>
    private sealed class PublishedKeys
    {
        private readonly Lock _gate = new();
        private readonly List<AuthSigningKey> _keys = [];

        public IReadOnlyList<AuthSigningKey> All
        {
            get { lock (_gate) return [.. _keys]; }
        }

        public AuthSigningKey Publish(AuthSigningKey key)
        {
            lock (_gate)
            {
                var index = _keys.FindIndex(k => k.KeyId == key.KeyId);
                if (index >= 0) _keys[index] = key;
                else _keys.Add(key);
            }
            return key;
        }

        public void Remove(string keyId)
        {
            lock (_gate) _keys.RemoveAll(k => k.KeyId == keyId);
        }
    }

    private static string NewKeyId() => Guid.NewGuid().ToString("N")[..16];
}

/// <param name="FirstRequestArrived">Completes when a held JWKS request has reached the server.</param>
/// <param name="Release">Lets every held and later JWKS request through.</param>
public sealed record AuthHeldResponses(Task FirstRequestArrived, Action Release);
