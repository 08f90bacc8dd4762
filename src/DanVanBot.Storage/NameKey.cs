using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DanVanBot.Storage;

/// <summary>Natural keys and stable ids, so re-importing a plan finds its earlier rows again.</summary>
internal static class NameKey
{
    /// <summary>"UBND  Quận 7 " and "ubnd quận 7" are the same body.</summary>
    public static string Normalize(string? name) =>
        string.Join(' ', (name ?? string.Empty).Normalize(NormalizationForm.FormC)
            .ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A deterministic id from its natural key (SHA-256, version/variant bits set like UUIDv8).</summary>
    public static Guid StableId(params string[] parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    public static string ContentHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
