using DanVanBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Rejects credential combinations that would only fail later at the first send
/// (e.g. a single-tenant app asking the botframework.com tenant gets AADSTS700016).
/// A missing App ID is dev mode; refusing it outside Development is inbound auth's job
/// (BotAuthenticationOptionsValidator), so it is not repeated here.
/// </summary>
internal sealed class ConnectorOptionsValidator : IValidateOptions<ConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, ConnectorOptions options)
    {
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Problems(ConnectorOptions options)
    {
        if (!options.HasAppId)
        {
            yield break;
        }

        if (options.MicrosoftAppType == BotAppType.UserAssignedMsi)
        {
            yield return "Bot:MicrosoftAppType=UserAssignedMsi is not supported yet; use SingleTenant with a secret or certificate.";
            yield break;
        }

        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            yield return "Bot:MicrosoftAppTenantId is required when Bot:MicrosoftAppType is SingleTenant.";
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        if (hasSecret == options.UsesCertificate)
        {
            yield return "Set exactly one credential: Bot:MicrosoftAppPassword, or Bot:CertificateThumbprint / Bot:CertificatePath.";
        }

        if (!string.IsNullOrWhiteSpace(options.CertificateThumbprint) && !string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            yield return "Set Bot:CertificateThumbprint or Bot:CertificatePath, not both.";
        }
    }
}
