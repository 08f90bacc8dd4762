using Microsoft.IdentityModel.Tokens;

namespace DanVanBot.Protocol.Auth;

/// <summary>The spec §1.3 step 3 parameters for one route and one key snapshot, plus readable failure reasons.</summary>
internal static class BotTokenValidation
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static TokenValidationParameters For(IssuerRoute route, OpenIdMetadataSnapshot keys, string appId, TimeProvider timeProvider) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = route.ValidIssuers,
        ValidateAudience = true,
        ValidAudience = appId,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        // The handler reads DateTime.UtcNow; this keeps lifetime checks on the injected clock.
        LifetimeValidator = (notBefore, expires, _, _) => ValidateLifetime(notBefore, expires, timeProvider.GetUtcNow().UtcDateTime),
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        ValidAlgorithms = AllowedAlgorithms,
        IssuerSigningKeys = keys.SigningKeys,
        TryAllIssuerSigningKeys = false,
        SaveSigninToken = false,
    };

    private static bool ValidateLifetime(DateTime? notBefore, DateTime? expires, DateTime utcNow)
    {
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiration time");
        }

        if (notBefore is { } nbf && nbf > utcNow + ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet") { NotBefore = nbf };
        }

        if (expires.Value < utcNow - ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired") { Expires = expires.Value };
        }

        return true;
    }

    /// <summary>A reason for logs; exception messages are not used because they may quote token content.</summary>
    public static string DescribeFailure(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired",
        SecurityTokenNotYetValidException => "The token is not valid yet",
        SecurityTokenNoExpirationException => "The token has no expiration time",
        SecurityTokenInvalidAudienceException => "Invalid audience",
        SecurityTokenInvalidIssuerException => "Invalid issuer",
        SecurityTokenInvalidAlgorithmException => "Signing algorithm not allowed",
        SecurityTokenSignatureKeyNotFoundException => "Signing key not found",
        SecurityTokenInvalidSignatureException => "Invalid signature",
        SecurityTokenInvalidSigningKeyException => "Invalid signing key",
        SecurityTokenMalformedException => "Malformed token",
        null => "Token validation failed",
        _ => $"Token validation failed ({exception.GetType().Name})",
    };
}
