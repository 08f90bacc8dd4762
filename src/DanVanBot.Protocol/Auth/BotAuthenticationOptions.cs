namespace DanVanBot.Protocol.Auth;

/// <summary>How the Azure Bot resource's identity is set up (spec §1.5).</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
    UserAssignedMsi,
}

/// <summary>Inbound authentication settings, bound from the "Bot" configuration section (spec §1).</summary>
public sealed class BotAuthenticationOptions
{
    public const string SectionName = "Bot";
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrlTemplate = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";
    public const string TenantPlaceholder = "{tenant}";
    public const string DefaultChannelIssuer = "https://api.botframework.com";

    /// <summary>The three Azure Bot Service tenants that issue Entra tokens to bots (path B).</summary>
    public static readonly IReadOnlyList<string> DefaultBotServiceTenantIds =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static readonly IReadOnlyList<string> DefaultAllowedChannelIds = ["msteams"];

    /// <summary>Our App ID: the only accepted <c>aud</c>. Empty means "dev mode" (refused outside Development).</summary>
    public string? MicrosoftAppId { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    public string? MicrosoftAppTenantId { get; set; }

    public string ChannelOpenIdMetadataUrl { get; set; } = DefaultChannelOpenIdMetadataUrl;

    /// <summary>Entra metadata URL with a <c>{tenant}</c> placeholder; keys for path B/C come from the issuer's own tenant.</summary>
    public string EntraOpenIdMetadataUrlTemplate { get; set; } = DefaultEntraOpenIdMetadataUrlTemplate;

    /// <summary>Path B: ABS is migrating channels to Entra-issued tokens, so this stays on until it finishes.</summary>
    public bool AcceptBotServiceEntraTokens { get; set; } = true;

    // Arrays left null by default: the configuration binder appends to pre-filled collections
    // instead of replacing them, so defaults are applied through the Effective* accessors.
    public string[]? BotServiceTenantIds { get; set; }

    public string ChannelIssuer { get; set; } = DefaultChannelIssuer;

    /// <summary>Channels accepted in every environment; <c>emulator</c> is added in Development only.</summary>
    public string[]? AllowedChannelIds { get; set; }

    /// <summary>
    /// Caller app ids (<c>appid</c>/<c>azp</c>) allowed to present tokens whose <c>aud</c> differs from the caller
    /// (skill-shaped claims), and the callers accepted on path C. Empty: skill-shaped tokens are refused.
    /// </summary>
    public string[]? AllowedCallerAppIds { get; set; }

    /// <summary>Path C: tokens issued by our own tenant (Emulator, test tools). Honoured in Development only.</summary>
    public bool AcceptOwnTenantTokensInDevelopment { get; set; }

    /// <summary>
    /// Lets requests without an Authorization header through as anonymous, but only when no App ID is configured,
    /// the environment is Development and the caller is on loopback. Never enable this anywhere else.
    /// </summary>
    public bool DangerouslyAllowUnauthenticatedLoopbackRequests { get; set; }

    /// <summary>
    /// Set from <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> (not from the Bot section): with it, ASP.NET Core takes the
    /// caller's address from <c>X-Forwarded-For</c>, which anyone can send, so the loopback bypass refuses every request.
    /// </summary>
    public bool ForwardedHeadersEnabled { get; set; }

    /// <summary>Minimum gap between forced metadata refreshes (unknown <c>kid</c>); tests shorten it.</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Metadata older than this is re-fetched before use (docs require at least daily).</summary>
    public TimeSpan MetadataAutomaticRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    public IReadOnlyList<string> EffectiveBotServiceTenantIds =>
        BotServiceTenantIds is { Length: > 0 } ids ? ids : DefaultBotServiceTenantIds;

    public IReadOnlyList<string> EffectiveAllowedChannelIds =>
        AllowedChannelIds is { Length: > 0 } ids ? ids : DefaultAllowedChannelIds;

    public IReadOnlyList<string> EffectiveAllowedCallerAppIds => AllowedCallerAppIds ?? [];

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string EntraMetadataUrlFor(string tenantId) =>
        EntraOpenIdMetadataUrlTemplate.Replace(TenantPlaceholder, tenantId, StringComparison.OrdinalIgnoreCase);
}
