using System.Net;
using System.Security.Claims;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// Inbound authentication for <c>POST /api/messages</c> (spec §1.3). Every failure is an
/// <see cref="AuthenticationOutcome.Fail"/> (the host answers 401) and one log line; nothing here throws for a bad token.
/// An activity whose serviceUrl the Connector would refuse to call (spec §6 case 21) fails here too, before any
/// handler or observer sees it: a valid token for an address we never answer at is no reason to store that address.
/// </summary>
public sealed class BotFrameworkAuthenticator(
    IOptions<BotAuthenticationOptions> options,
    IHostEnvironment environment,
    OpenIdMetadataCacheRegistry metadata,
    ServiceUrlPolicy serviceUrls,
    TimeProvider timeProvider,
    ILogger<BotFrameworkAuthenticator> logger) : IInboundAuthenticator
{
    private const string DevelopmentOnlyChannelId = "emulator";
    private const string SkillRole = "skill";
    private static readonly JsonWebTokenHandler TokenHandler = new() { MapInboundClaims = false };

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader, Activity activity, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var settings = options.Value;

        if (!IsAllowedChannel(activity.ChannelId, settings))
        {
            return Fail("channelId is empty or not allowed", token: null);
        }

        if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return Fail("serviceUrl is outside the outbound allow-list", token: null);
        }

        if (!settings.HasAppId)
        {
            return AuthenticateWithoutAppId(authorizationHeader, activity, remoteAddress, settings);
        }

        if (!AuthorizationHeaderParser.TryGetBearerToken(authorizationHeader, out var rawToken))
        {
            return Fail(string.IsNullOrEmpty(authorizationHeader) ? "No Authorization header" : "Malformed Authorization header", token: null);
        }

        JsonWebToken token;
        try
        {
            token = new JsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            return Fail("Token is not a well-formed JWT", token: null);
        }

        return await AuthenticateTokenAsync(token, activity, settings, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticationOutcome> AuthenticateTokenAsync(
        JsonWebToken token, Activity activity, BotAuthenticationOptions settings, CancellationToken cancellationToken)
    {
        var route = TokenIssuerRouter.Route(Read(token, BotClaims.Issuer), settings, environment.IsDevelopment());
        if (route is null)
        {
            return Fail("Unknown or missing issuer", token);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return Fail("Token header has no kid", token);
        }

        var cache = metadata.For(route.MetadataUrl);
        OpenIdMetadataSnapshot keys;
        try
        {
            keys = await cache.GetAsync(cancellationToken).ConfigureAwait(false);
            if (!keys.HasKey(token.Kid))
            {
                keys = await cache.RefreshForUnknownKeyAsync(keys, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OpenIdMetadataUnavailableException)
        {
            return Fail("Signing keys unavailable (metadata unreachable)", token);
        }

        if (!keys.HasKey(token.Kid))
        {
            return Fail($"Signing key not found in {route.Path} metadata", token);
        }

        var parameters = BotTokenValidation.For(route, keys, settings.MicrosoftAppId!, timeProvider);
        var result = await TokenHandler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return Fail(BotTokenValidation.DescribeFailure(result.Exception), token);
        }

        // IdentityModel picks the first key whose id matches the header's kid *or* x5t: the endorsements that count
        // are those of the key that actually verified the signature, not of the key the kid names.
        if ((result.SecurityToken as JsonWebToken)?.SigningKey?.KeyId is not { Length: > 0 } verifyingKeyId)
        {
            return Fail("Could not tell which key verified the signature", token);
        }

        var claims = result.ClaimsIdentity.Claims.ToList();
        var ruleFailure = TokenPathRules.Check(route, claims, verifyingKeyId, keys, activity, settings);
        return ruleFailure is null ? AuthenticationOutcome.Success(result.ClaimsIdentity) : Fail(ruleFailure, token);
    }

    private AuthenticationOutcome AuthenticateWithoutAppId(
        string? authorizationHeader, Activity activity, IPAddress? remoteAddress, BotAuthenticationOptions settings)
    {
        // [BB] would try to validate a presented token against a null App ID and fail; we fail without trying.
        if (!string.IsNullOrEmpty(authorizationHeader))
        {
            return Fail("Authorization header present but no App ID is configured", token: null);
        }

        if (settings.ForwardedHeadersEnabled)
        {
            return Fail("No App ID configured and forwarded headers are enabled: the caller's address cannot be trusted", token: null);
        }

        var bypassAllowed = settings.DangerouslyAllowUnauthenticatedLoopbackRequests
            && environment.IsDevelopment()
            && remoteAddress is not null
            && IPAddress.IsLoopback(remoteAddress);
        if (!bypassAllowed)
        {
            return Fail("No App ID configured and anonymous access is not allowed for this request", token: null);
        }

        AuthLog.AuthenticationDisabled(logger, remoteAddress?.ToString());
        var identity = new ClaimsIdentity(AuthenticationOutcome.AnonymousAuthenticationType);
        if (activity.ChannelId == DevelopmentOnlyChannelId && activity.Recipient?.Role == SkillRole)
        {
            identity.AddClaim(new Claim(BotClaims.AppId, BotClaims.AnonymousSkillAppId));
        }

        return AuthenticationOutcome.Success(identity);
    }

    private bool IsAllowedChannel(string? channelId, BotAuthenticationOptions settings) =>
        !string.IsNullOrEmpty(channelId)
        && (settings.EffectiveAllowedChannelIds.Contains(channelId, StringComparer.Ordinal)
            || (channelId == DevelopmentOnlyChannelId && environment.IsDevelopment()));

    private AuthenticationOutcome Fail(string reason, JsonWebToken? token)
    {
        AuthLog.AuthenticationFailed(
            logger,
            reason,
            token is null ? null : Read(token, BotClaims.Issuer),
            token is null ? null : string.Join(",", token.Audiences),
            token is null ? null : Read(token, BotClaims.TenantId),
            token is null ? null : Read(token, BotClaims.AppId),
            token is null ? null : Read(token, BotClaims.AuthorizedParty),
            token?.Kid);
        return AuthenticationOutcome.Fail(reason);
    }

    private static string? Read(JsonWebToken token, string claim) =>
        token.TryGetPayloadValue<string>(claim, out var value) ? value : null;
}
