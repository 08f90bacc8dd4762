using System.Security.Claims;

namespace DanVanBot.Protocol.Auth;

/// <summary>Claim names and claim-shape rules of the Bot Framework tokens (spec §1.3 "Claim names").</summary>
public static class BotClaims
{
    public const string Audience = "aud";
    public const string Issuer = "iss";
    public const string AuthorizedParty = "azp";
    public const string AppId = "appid";
    public const string Version = "ver";
    public const string TenantId = "tid";
    public const string ServiceUrl = "serviceurl";

    /// <summary>The app id the [BB] dev mode reports for an anonymous skill caller.</summary>
    public const string AnonymousSkillAppId = "AnonymousSkill";

    /// <summary>The caller's app id: <c>appid</c> for v1 tokens, <c>azp</c> for v2, otherwise null.</summary>
    public static string? GetAppIdFromClaims(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims as IReadOnlyCollection<Claim> ?? claims.ToList();
        var version = Find(list, Version);
        return version switch
        {
            null or "" or "1.0" => Find(list, AppId),
            "2.0" => Find(list, AuthorizedParty),
            _ => null,
        };
    }

    /// <summary>
    /// A token one bot minted to call another: it names a version, an audience and a caller, and the
    /// caller is not the audience. We host no skills, so such tokens need an explicit caller allow-list.
    /// </summary>
    public static bool IsSkillShaped(IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var list = claims as IReadOnlyCollection<Claim> ?? claims.ToList();
        if (Find(list, AppId) == AnonymousSkillAppId)
        {
            return true;
        }

        var audience = Find(list, Audience);
        if (string.IsNullOrWhiteSpace(Find(list, Version)) || string.IsNullOrWhiteSpace(audience))
        {
            return false;
        }

        var caller = GetAppIdFromClaims(list);
        return !string.IsNullOrWhiteSpace(caller) && !string.Equals(caller, audience, StringComparison.Ordinal);
    }

    internal static string? Find(IEnumerable<Claim> claims, string type) =>
        claims.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.Ordinal))?.Value;
}
