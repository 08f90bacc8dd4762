using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// Source-generated log lines for inbound auth. Failures name the reason and the token's routing claims so a
/// shift in ABS traffic (path A → B) shows up in logs; the token itself is never logged.
/// </summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning,
        Message = "Inbound authentication failed: {Reason} (iss={Issuer}, aud={Audience}, tid={TenantId}, appid={AppId}, azp={AuthorizedParty}, kid={KeyId})")]
    public static partial void AuthenticationFailed(
        ILogger logger, string reason, string? issuer, string? audience, string? tenantId, string? appId, string? authorizedParty, string? keyId);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning,
        Message = "Inbound authentication disabled: anonymous loopback request from {RemoteAddress} accepted (no App ID, Development)")]
    public static partial void AuthenticationDisabled(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error,
        Message = "OpenID metadata refresh failed for {MetadataUrl}; {Fallback}")]
    public static partial void MetadataRefreshFailed(ILogger logger, string metadataUrl, string fallback, Exception exception);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information,
        Message = "OpenID metadata loaded from {MetadataUrl}: {KeyCount} signing keys")]
    public static partial void MetadataLoaded(ILogger logger, string metadataUrl, int keyCount);
}
