using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// One fetched copy of an OpenID metadata document and its JWKS: the signing keys plus the Bot Framework
/// <c>endorsements</c> extension per <c>kid</c> (the channels each key may sign for, spec §1.3 step 4).
/// </summary>
public sealed record OpenIdMetadataSnapshot(
    IReadOnlyList<SecurityKey> SigningKeys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> EndorsementsByKeyId,
    IReadOnlySet<string> KeyIds,
    DateTimeOffset FetchedAt)
{
    private const string EndorsementsMember = "endorsements";

    public bool HasKey(string keyId) => KeyIds.Contains(keyId);

    /// <summary>
    /// Spike result (IdentityModel 8.16): <see cref="JsonWebKey.AdditionalData"/> keeps unknown JWK members, so
    /// "endorsements" arrives as a <see cref="JsonElement"/> array; no second fetch of jwks_uri is needed.
    /// </summary>
    public static OpenIdMetadataSnapshot From(OpenIdConnectConfiguration configuration, DateTimeOffset fetchedAt)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var keyIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            keyIds.Add(key.Kid);
            if (key.AdditionalData.TryGetValue(EndorsementsMember, out var raw) && ReadStrings(raw) is { } channels)
            {
                endorsements[key.Kid] = channels;
            }
        }

        return new OpenIdMetadataSnapshot(configuration.SigningKeys.ToList(), endorsements, keyIds, fetchedAt);
    }

    private static HashSet<string>? ReadStrings(object? raw)
    {
        switch (raw)
        {
            case JsonElement { ValueKind: JsonValueKind.Array } array:
                return array.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.String)
                    .Select(e => e.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            case string:
                return null;
            case IEnumerable items:
                return items.OfType<object>().Select(i => i.ToString() ?? string.Empty).ToHashSet(StringComparer.Ordinal);
            default:
                return null;
        }
    }
}
