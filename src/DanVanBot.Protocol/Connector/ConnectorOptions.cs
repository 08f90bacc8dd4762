using System.ComponentModel.DataAnnotations;
using DanVanBot.Protocol.Auth;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// The bot's identity for outbound calls, bound from the "Bot" section (shared with inbound auth).
/// Key names follow the Bot Framework convention so existing Azure configuration works unchanged.
/// </summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot";

    /// <summary>Empty means dev mode: no token is fetched and no Authorization header is sent.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The same enum inbound auth binds from the same key.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>Required for <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Thumbprint of a certificate in CurrentUser\My or LocalMachine\My.</summary>
    public string? CertificateThumbprint { get; set; }

    /// <summary>A PKCS#12 (.pfx) file; <see cref="CertificatePassword"/> opens it if set.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool UsesCertificate =>
        !string.IsNullOrWhiteSpace(CertificateThumbprint) || !string.IsNullOrWhiteSpace(CertificatePath);
}

/// <summary>Retry knobs for Connector calls, bound from the "Connector" section.</summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "Connector";

    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First backoff step; later steps grow exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound for any single wait, including a server's Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Retry 429s here, waiting as Retry-After says. Callers that pace a whole tenant themselves (reminders) turn this
    /// off and get the 429 with its <see cref="ConnectorResult{T}.RetryAfter"/> instead.
    /// </summary>
    public bool RetryThrottled { get; set; } = true;

    /// <summary>Per-attempt limit; a timed-out attempt is retried like a network failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
