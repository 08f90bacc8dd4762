using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DanVanBot.Domain.Time;
using Microsoft.Extensions.Options;

namespace DanVanBot.App.Features.Exports;

/// <summary>What a download link grants: one organisation's document for one period, to whom, until when.</summary>
internal sealed record ExportGrant(Guid OrganisationId, ExportFormat Format, DateWindow Period, DateTimeOffset ExpiresAt, string GrantedTo);

/// <summary>
/// Short-lived signed download links: <c>/exports/{organisation}/{format}?from&amp;to&amp;exp&amp;by&amp;sig</c>, where
/// <c>sig</c> is an HMAC-SHA256 over every other part. Changing any part (the organisation above all), or using the link
/// after it expired, is refused. The link is the credential: whoever holds it downloads, for 15 minutes.
/// </summary>
internal sealed class ExportLinks
{
    public const string RoutePrefix = "/exports";
    private const string DayFormat = "yyyy-MM-dd";

    private readonly byte[] key;
    private readonly ExportOptions options;
    private readonly TimeProvider clock;

    public ExportLinks(IOptions<ExportOptions> options, TimeProvider clock)
    {
        this.options = options.Value;
        this.clock = clock;
        key = this.options.SigningKey is { Length: > 0 } configured ? Convert.FromBase64String(configured) : RandomNumberGenerator.GetBytes(32);
        if (key.Length < 32) throw new InvalidOperationException("Exports:SigningKey must be at least 32 bytes (base64).");
    }

    public TimeSpan Lifetime => options.LinkLifetime;

    /// <summary>The link for <paramref name="grantedTo"/> (an Entra object id, for the audit trail); null without a public address.</summary>
    public (Uri Link, ExportGrant Grant)? Create(Guid organisationId, ExportFormat format, DateWindow period, string grantedTo)
    {
        if (options.PublicBaseUrl is not { } baseUrl) return null;
        var grant = new ExportGrant(organisationId, format, period, clock.GetUtcNow() + options.LinkLifetime, grantedTo);
        var path = $"{RoutePrefix}/{organisationId:D}/{format.Extension()}";
        var query = $"from={Day(period.From)}&to={Day(period.To)}&exp={grant.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}" +
                    $"&by={Uri.EscapeDataString(grantedTo)}";
        return (new Uri(baseUrl, $"{path}?{query}&sig={Sign(path, query)}"), grant);
    }

    /// <summary>The grant a request carries, or null when it is malformed, altered, or expired.</summary>
    public ExportGrant? Verify(string organisation, string format, IReadOnlyDictionary<string, string?> query)
    {
        if (!Guid.TryParseExact(organisation, "D", out var organisationId) || ExportFormats.Parse(format) is not { } parsedFormat
            || parsedFormat.Extension() != format) return null;
        if (!query.TryGetValue("from", out var fromText) || !query.TryGetValue("to", out var toText) || !query.TryGetValue("exp", out var expText)
            || !query.TryGetValue("by", out var by) || !query.TryGetValue("sig", out var signature) || by is null || signature is null) return null;
        if (!DateOnly.TryParseExact(fromText, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(toText, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || !long.TryParse(expText, NumberStyles.None, CultureInfo.InvariantCulture, out var expires)) return null;

        // The signature is checked over the canonical form of what was parsed, so no second spelling of a part passes.
        var path = $"{RoutePrefix}/{organisationId:D}/{format}";
        var canonical = $"from={Day(from)}&to={Day(to)}&exp={expires.ToString(CultureInfo.InvariantCulture)}&by={Uri.EscapeDataString(by)}";
        var expected = Encoding.ASCII.GetBytes(Sign(path, canonical));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature))) return null;

        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(Math.Min(expires, DateTimeOffset.MaxValue.ToUnixTimeSeconds()));
        return expiresAt <= clock.GetUtcNow() || from > to ? null : new ExportGrant(organisationId, parsedFormat, new DateWindow(from, to), expiresAt, by);
    }

    private string Sign(string path, string query) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{path}?{query}")));

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
