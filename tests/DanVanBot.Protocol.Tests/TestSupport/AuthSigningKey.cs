using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>A locally generated RSA key as the fake metadata server publishes it (kid, endorsements).</summary>
public sealed class AuthSigningKey : IDisposable
{
    private readonly RSA _rsa;

    public AuthSigningKey(string keyId, IReadOnlyList<string>? endorsements)
    {
        _rsa = RSA.Create(2048);
        KeyId = keyId;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(_rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Null: the JWK has no "endorsements" member at all.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) => new(SecurityKey, algorithm);

    /// <summary>The public JWK as served in a JWKS document.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}
