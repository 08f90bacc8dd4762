namespace DanVanBot.Protocol.Auth;

/// <summary>Which of the spec §1.2 token kinds a token claims to be.</summary>
public enum TokenPath
{
    /// <summary>Bot Framework channel token, iss = https://api.botframework.com.</summary>
    Channel,
    /// <summary>Entra token issued by one of the Azure Bot Service tenants.</summary>
    BotServiceEntra,
    /// <summary>Entra token issued by our own tenant (Emulator, test tools); Development only.</summary>
    OwnTenantEntra,
}

/// <param name="TenantId">The issuing tenant for Entra paths; null for the channel path.</param>
/// <param name="ValidIssuers">The issuer spellings the signature check will accept for this route.</param>
internal sealed record IssuerRoute(TokenPath Path, string MetadataUrl, string? TenantId, IReadOnlyList<string> ValidIssuers);

/// <summary>
/// Spec §1.3 step 2: the unverified <c>iss</c> only selects where keys come from; the signature check that
/// follows then proves it. Unknown issuers get no route at all.
/// </summary>
internal static class TokenIssuerRouter
{
    private const string V1Prefix = "https://sts.windows.net/";
    private const string V2Prefix = "https://login.microsoftonline.com/";
    private const string V2Suffix = "/v2.0";

    public static IssuerRoute? Route(string? issuer, BotAuthenticationOptions options, bool isDevelopment)
    {
        if (string.IsNullOrEmpty(issuer))
        {
            return null;
        }

        if (string.Equals(issuer, options.ChannelIssuer, StringComparison.Ordinal))
        {
            return new IssuerRoute(TokenPath.Channel, options.ChannelOpenIdMetadataUrl, null, [options.ChannelIssuer]);
        }

        var tenant = TryGetEntraTenant(issuer);
        if (tenant is null)
        {
            return null;
        }

        if (options.AcceptBotServiceEntraTokens
            && options.EffectiveBotServiceTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            return EntraRoute(TokenPath.BotServiceEntra, tenant, options);
        }

        if (isDevelopment && options.AcceptOwnTenantTokensInDevelopment
            && !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            && string.Equals(tenant, options.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase))
        {
            return EntraRoute(TokenPath.OwnTenantEntra, tenant, options);
        }

        return null;
    }

    private static IssuerRoute EntraRoute(TokenPath path, string tenant, BotAuthenticationOptions options) =>
        new(path, options.EntraMetadataUrlFor(tenant), tenant, [$"{V1Prefix}{tenant}/", $"{V2Prefix}{tenant}{V2Suffix}"]);

    /// <summary>The tenant GUID of a v1 (sts.windows.net) or v2 (login.microsoftonline.com) issuer, else null.</summary>
    internal static string? TryGetEntraTenant(string issuer)
    {
        string? candidate = null;
        if (issuer.StartsWith(V1Prefix, StringComparison.Ordinal) && issuer.EndsWith('/'))
        {
            candidate = issuer[V1Prefix.Length..^1];
        }
        else if (issuer.StartsWith(V2Prefix, StringComparison.Ordinal) && issuer.EndsWith(V2Suffix, StringComparison.Ordinal))
        {
            candidate = issuer[V2Prefix.Length..^V2Suffix.Length];
        }

        // A GUID only: "common", "organizations" or anything with extra path segments is not an issuer.
        return candidate is not null && Guid.TryParseExact(candidate, "D", out _) ? candidate : null;
    }
}
