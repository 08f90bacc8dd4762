using System.Security.Claims;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// The checks that follow a valid signature (spec §1.3 steps 4–6). Each returns a failure reason or null.
/// </summary>
internal static class TokenPathRules
{
    public static string? Check(
        IssuerRoute route, IReadOnlyCollection<Claim> claims, string keyId, OpenIdMetadataSnapshot keys,
        Activity activity, BotAuthenticationOptions options)
    {
        var failure = route.Path switch
        {
            TokenPath.Channel => CheckEndorsement(keyId, keys, activity.ChannelId) ?? CheckServiceUrl(claims, activity, required: true),
            TokenPath.BotServiceEntra => CheckTenant(route, claims) ?? CheckServiceUrl(claims, activity, required: false),
            TokenPath.OwnTenantEntra => CheckTenant(route, claims) ?? CheckOwnTenantCaller(claims, options),
            _ => "Unsupported token path",
        };

        return failure ?? CheckNotSkill(claims, options);
    }

    private static string? CheckEndorsement(string keyId, OpenIdMetadataSnapshot keys, string? channelId)
    {
        if (!keys.EndorsementsByKeyId.TryGetValue(keyId, out var endorsements))
        {
            return "Could not validate endorsement key";
        }

        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId)
            ? null
            : "Signing key is not endorsed for the activity's channel";
    }

    // Path B tokens may not carry serviceurl (spec Appendix B.2); when they do, it must match like path A.
    private static string? CheckServiceUrl(IReadOnlyCollection<Claim> claims, Activity activity, bool required)
    {
        var claimed = BotClaims.Find(claims, BotClaims.ServiceUrl);
        if (string.IsNullOrEmpty(claimed))
        {
            return required ? "Missing serviceurl claim" : null;
        }

        return string.Equals(claimed, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase) ? null : "serviceurl claim mismatch";
    }

    private static string? CheckTenant(IssuerRoute route, IReadOnlyCollection<Claim> claims) =>
        string.Equals(BotClaims.Find(claims, BotClaims.TenantId), route.TenantId, StringComparison.OrdinalIgnoreCase)
            ? null
            : "tid claim does not match the issuer's tenant";

    // Path C (Emulator-style): the caller is named by version, and must be us or an explicitly allowed app.
    private static string? CheckOwnTenantCaller(IReadOnlyCollection<Claim> claims, BotAuthenticationOptions options)
    {
        var version = BotClaims.Find(claims, BotClaims.Version);
        if (version is not ("1.0" or "2.0"))
        {
            return string.IsNullOrEmpty(version) ? "Missing ver claim" : "Unknown ver claim";
        }

        var caller = BotClaims.GetAppIdFromClaims(claims);
        if (string.IsNullOrEmpty(caller))
        {
            return version == "1.0" ? "Missing appid claim" : "Missing azp claim";
        }

        return string.Equals(caller, options.MicrosoftAppId, StringComparison.Ordinal) || IsAllowedCaller(caller, options)
            ? null
            : "Caller app id is not allowed";
    }

    private static string? CheckNotSkill(IReadOnlyCollection<Claim> claims, BotAuthenticationOptions options)
    {
        if (!BotClaims.IsSkillShaped(claims))
        {
            return null;
        }

        var caller = BotClaims.GetAppIdFromClaims(claims);
        return caller is not null && caller != BotClaims.AnonymousSkillAppId && IsAllowedCaller(caller, options)
            ? null
            : "Skill-shaped claims from a caller that is not allowed";
    }

    private static bool IsAllowedCaller(string caller, BotAuthenticationOptions options) =>
        options.EffectiveAllowedCallerAppIds.Contains(caller, StringComparer.Ordinal);
}
