using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// Rules from spec §1.3/§1.5. Registered with ValidateOnStart so a misconfigured host refuses to start
/// instead of answering every Teams request with 401.
/// </summary>
internal sealed class BotAuthenticationOptionsValidator(IHostEnvironment environment)
    : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        var failures = new List<string>();

        // Stricter than "Production only": Staging and friends face the internet too.
        if (!options.HasAppId && !environment.IsDevelopment())
        {
            failures.Add($"Bot:MicrosoftAppId is required outside Development (environment '{environment.EnvironmentName}').");
        }

        // The outbound token audience: any app in any tenant can mint one, so it must never be accepted inbound.
        if (string.Equals(options.MicrosoftAppId?.Trim().TrimEnd('/'), options.ChannelIssuer.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Bot:MicrosoftAppId must be the bot's App ID, not the Bot Framework audience.");
        }

        if (options.MicrosoftAppType is BotAppType.SingleTenant or BotAppType.UserAssignedMsi
            && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"Bot:MicrosoftAppTenantId is required when Bot:MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        if (!IsAbsoluteHttpUrl(options.ChannelOpenIdMetadataUrl))
        {
            failures.Add("Bot:ChannelOpenIdMetadataUrl must be an absolute http(s) URL.");
        }

        if (!options.EntraOpenIdMetadataUrlTemplate.Contains(BotAuthenticationOptions.TenantPlaceholder, StringComparison.OrdinalIgnoreCase)
            || !IsAbsoluteHttpUrl(options.EntraMetadataUrlFor("common")))
        {
            failures.Add("Bot:EntraOpenIdMetadataUrlTemplate must be an absolute http(s) URL containing {tenant}.");
        }

        if (string.IsNullOrWhiteSpace(options.ChannelIssuer))
        {
            failures.Add("Bot:ChannelIssuer must not be empty.");
        }

        if (options.MetadataMinimumRefreshInterval < TimeSpan.Zero || options.MetadataAutomaticRefreshInterval <= TimeSpan.Zero)
        {
            failures.Add("Bot metadata refresh intervals must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsAbsoluteHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
