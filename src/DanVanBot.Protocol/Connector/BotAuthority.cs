using DanVanBot.Protocol.Auth;

namespace DanVanBot.Protocol.Connector;

/// <summary>Where outbound tokens come from and what they are for (spec §2.1, Appendix A).</summary>
public static class BotAuthority
{
    public const string Scope = "https://api.botframework.com/.default";

    private const string LoginHost = "https://login.microsoftonline.com/";

    /// <summary>The tenant multi-tenant bots (registered before 31/07/2025) get their tokens from.</summary>
    private const string BotFrameworkTenant = "botframework.com";

    public static string For(ConnectorOptions options) => options.MicrosoftAppType switch
    {
        BotAppType.MultiTenant => LoginHost + BotFrameworkTenant,
        BotAppType.SingleTenant when !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId) =>
            LoginHost + options.MicrosoftAppTenantId.Trim(),
        BotAppType.SingleTenant => throw new InvalidOperationException(
            "Bot:MicrosoftAppTenantId is required when Bot:MicrosoftAppType is SingleTenant."),
        _ => throw new NotSupportedException($"Outbound tokens for {options.MicrosoftAppType} are not implemented."),
    };
}
