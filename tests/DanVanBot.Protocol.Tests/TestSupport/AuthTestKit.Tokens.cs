using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>What to put in a minted token. Defaults describe a valid path-A channel token for the kit's app.</summary>
public sealed class AuthTokenSpec
{
    public string? Issuer { get; set; } = AuthTestKit.ChannelIssuer;

    /// <summary>Null: no <c>aud</c> claim at all.</summary>
    public string? Audience { get; set; }

    /// <summary>Extra payload claims; a null value removes nothing but is written as JSON null.</summary>
    public Dictionary<string, object?> Claims { get; } = new(StringComparer.Ordinal);

    /// <summary>Defaults to the kit's published channel key.</summary>
    public AuthSigningKey? SigningKey { get; set; }

    public string Algorithm { get; set; } = SecurityAlgorithms.RsaSha256;

    public DateTimeOffset? NotBefore { get; set; }

    /// <summary>Null: the token has no <c>exp</c>.</summary>
    public DateTimeOffset? Expires { get; set; }
}

public sealed partial class AuthTestKit
{
    private static readonly JsonWebTokenHandler Minter = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A valid Bot Framework channel token (path A) for <paramref name="serviceUrl"/>, adjustable by <paramref name="configure"/>.</summary>
    public string CreateChannelToken(string serviceUrl = DefaultServiceUrl, Action<AuthTokenSpec>? configure = null)
    {
        var spec = NewSpec();
        spec.Claims["serviceurl"] = serviceUrl;
        configure?.Invoke(spec);
        return CreateToken(spec);
    }

    /// <summary>A valid Entra token from <paramref name="tenantId"/> signed by that tenant's key (paths B/C).</summary>
    public string CreateEntraToken(string tenantId = BotServiceTenantId, bool v2 = true, Action<AuthTokenSpec>? configure = null)
    {
        var spec = NewSpec();
        spec.Issuer = v2 ? $"https://login.microsoftonline.com/{tenantId}/v2.0" : $"https://sts.windows.net/{tenantId}/";
        spec.SigningKey = EntraKey(tenantId);
        spec.Claims["tid"] = tenantId;
        spec.Claims["ver"] = v2 ? "2.0" : "1.0";
        spec.Claims[v2 ? "azp" : "appid"] = AppId;
        configure?.Invoke(spec);
        return CreateToken(spec);
    }

    public string CreateToken(AuthTokenSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var claims = new Dictionary<string, object>(StringComparer.Ordinal);
        if (spec.Issuer is not null)
        {
            claims["iss"] = spec.Issuer;
        }

        if (spec.Audience is not null)
        {
            claims["aud"] = spec.Audience;
        }

        foreach (var (name, value) in spec.Claims)
        {
            claims[name] = value!;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = Clock.GetUtcNow().UtcDateTime,
            NotBefore = spec.NotBefore?.UtcDateTime,
            Expires = spec.Expires?.UtcDateTime,
            SigningCredentials = (spec.SigningKey ?? ChannelKey).Credentials(spec.Algorithm),
        };
        return Minter.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) that names <paramref name="keyId"/>, built by hand.</summary>
    public string CreateUnsignedToken(string keyId, string serviceUrl = DefaultServiceUrl)
    {
        var header = JsonSerializer.Serialize(new { alg = "none", typ = "JWT", kid = keyId });
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();
        var payload = JsonSerializer.Serialize(new { iss = ChannelIssuer, aud = AppId, serviceurl = serviceUrl, nbf = now, exp = now + 3600 });
        return $"{Encode(header)}.{Encode(payload)}.";
    }

    /// <summary>An HS256 token whose HMAC secret is the given bytes, naming the channel key's kid.</summary>
    public string CreateHmacToken(byte[] secret, string serviceUrl = DefaultServiceUrl)
    {
        var spec = NewSpec();
        spec.Claims["serviceurl"] = serviceUrl;
        var claims = spec.Claims.ToDictionary(c => c.Key, c => c.Value!);
        claims["iss"] = ChannelIssuer;
        claims["aud"] = AppId;
        return Minter.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            NotBefore = spec.NotBefore?.UtcDateTime,
            Expires = spec.Expires?.UtcDateTime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(secret) { KeyId = ChannelKey.KeyId }, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>
    /// A channel token whose header names <paramref name="kidKey"/> as <c>kid</c> and <paramref name="signer"/> as
    /// <c>x5t</c>, signed by <paramref name="signer"/>: built by hand, since token handlers write the signer's kid.
    /// </summary>
    public string CreateSplitKeyIdToken(AuthSigningKey kidKey, AuthSigningKey signer, string serviceUrl = DefaultServiceUrl)
    {
        var now = Clock.GetUtcNow().ToUnixTimeSeconds();
        var header = JsonSerializer.Serialize(new { alg = "RS256", typ = "JWT", kid = kidKey.KeyId, x5t = signer.KeyId });
        var payload = JsonSerializer.Serialize(new { iss = ChannelIssuer, aud = AppId, serviceurl = serviceUrl, nbf = now - 60, exp = now + 3600 });
        var signingInput = $"{Encode(header)}.{Encode(payload)}";
        var factory = signer.SecurityKey.CryptoProviderFactory;
        var provider = factory.CreateForSigning(signer.SecurityKey, SecurityAlgorithms.RsaSha256);
        try
        {
            return $"{signingInput}.{Base64UrlEncoder.Encode(provider.Sign(Encoding.ASCII.GetBytes(signingInput)))}";
        }
        finally
        {
            factory.ReleaseSignatureProvider(provider);
        }
    }

    private AuthTokenSpec NewSpec()
    {
        var now = Clock.GetUtcNow();
        return new AuthTokenSpec { Audience = AppId, NotBefore = now.AddMinutes(-1), Expires = now.AddHours(1) };
    }

    private static string Encode(string json) => Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(json));
}
