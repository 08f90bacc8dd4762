using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Polly;
using Polly.Retry;

namespace DanVanBot.Protocol.Connector;

/// <summary>Client-credentials tokens from Entra ID via MSAL, with a client secret or a certificate.</summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private const string TemporarilyUnavailable = "temporarily_unavailable";

    private readonly ConnectorOptions _options;
    private readonly MsalApplicationCache _cache;
    private readonly ILogger<MsalBotTokenProvider> _logger;
    private readonly Action<ConfidentialClientApplicationBuilder>? _customise;
    private readonly ResiliencePipeline _retry;

    public MsalBotTokenProvider(
        IOptions<ConnectorOptions> options,
        MsalApplicationCache cache,
        TimeProvider timeProvider,
        ILogger<MsalBotTokenProvider> logger)
        : this(options.Value, cache, timeProvider, logger, customise: null)
    {
    }

    /// <param name="customise">Test seam: lets a test point MSAL at a local token endpoint.</param>
    internal MsalBotTokenProvider(
        ConnectorOptions options,
        MsalApplicationCache cache,
        TimeProvider timeProvider,
        ILogger<MsalBotTokenProvider> logger,
        Action<ConfidentialClientApplicationBuilder>? customise)
    {
        if (!options.HasAppId)
        {
            throw new ArgumentException("MsalBotTokenProvider needs Bot:MicrosoftAppId.", nameof(options));
        }

        _options = options;
        _cache = cache;
        _logger = logger;
        _customise = customise;
        _retry = BuildRetry(timeProvider);
    }

    public string Authority => BotAuthority.For(_options);

    public async ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var app = GetApplication();
        try
        {
            var result = await _retry.ExecuteAsync(
                async ct => await app.AcquireTokenForClient([BotAuthority.Scope])
                    .WithForceRefresh(forceRefresh)
                    .ExecuteAsync(ct)
                    .ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            return result.AccessToken;
        }
        catch (MsalException ex)
        {
            ConnectorLog.TokenFailed(_logger, Authority, ex.ErrorCode, ex);
            throw new BotTokenException(ex.ErrorCode, "Could not get a Bot Connector token: " + ex.Message, ex);
        }
    }

    internal IConfidentialClientApplication GetApplication()
    {
        var appId = _options.MicrosoftAppId!.Trim();
        var authority = Authority;
        return _cache.GetOrCreate(appId, authority, () => Create(appId, authority));
    }

    private IConfidentialClientApplication Create(string appId, string authority)
    {
        var builder = ConfidentialClientApplicationBuilder.Create(appId).WithAuthority(authority);
        builder = _options.UsesCertificate
            ? builder.WithCertificate(BotCertificate.Load(_options))
            : builder.WithClientSecret(_options.MicrosoftAppPassword);
        _customise?.Invoke(builder);
        return builder.Build();
    }

    // Only Entra's explicit "try again" is retried (spec §2.1); every other MSAL error is a
    // configuration problem that retrying would only hide.
    private static ResiliencePipeline BuildRetry(TimeProvider timeProvider) =>
        new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder()
                    .Handle<MsalServiceException>(ex => ex.ErrorCode == TemporarilyUnavailable),
                MaxRetryAttempts = 5,
                Delay = TimeSpan.FromMilliseconds(50),
                MaxDelay = TimeSpan.FromSeconds(10),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            })
            .Build();
}

internal static class BotCertificate
{
    public static X509Certificate2 Load(ConnectorOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword);
        }

        var thumbprint = options.CertificateThumbprint!.Replace(" ", "", StringComparison.Ordinal);
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, validOnly: false);
            if (found.Count > 0)
            {
                return found[0];
            }
        }

        throw new InvalidOperationException($"Certificate {thumbprint} not found in CurrentUser\\My or LocalMachine\\My.");
    }
}
