using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Options binding and validation, and the AddBotAuthentication registration.</summary>
public sealed class BotAuthenticationRegistrationTests
{
    [Theory]
    [InlineData("Production", null, "MultiTenant", null, false)]
    [InlineData("Staging", "", "MultiTenant", null, false)]
    [InlineData("Development", null, "MultiTenant", null, true)]
    [InlineData("Production", "app", "MultiTenant", null, true)]
    [InlineData("Production", "app", "SingleTenant", null, false)]
    [InlineData("Production", "app", "SingleTenant", "tenant", true)]
    [InlineData("Production", "app", "UserAssignedMsi", null, false)]
    [InlineData("Production", "https://api.botframework.com", "MultiTenant", null, false)]
    public void Validate_Settings_MatchesRules(string environment, string? appId, string appType, string? tenant, bool valid)
    {
        var provider = Build(environment, new() { ["Bot:MicrosoftAppId"] = appId, ["Bot:MicrosoftAppType"] = appType, ["Bot:MicrosoftAppTenantId"] = tenant });

        var read = () => provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        if (valid)
        {
            Assert.Equal(appId, read().MicrosoftAppId);
        }
        else
        {
            Assert.Throws<OptionsValidationException>(read);
        }
    }

    [Fact]
    public async Task HostStart_ProductionWithoutAppId_RefusesToStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Services.AddBotAuthentication(builder.Configuration, builder.Environment);
        using var host = builder.Build();

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void Bind_ConfiguredLists_ReplaceDefaults()
    {
        var provider = Build("Production", new()
        {
            ["Bot:MicrosoftAppId"] = "app",
            ["Bot:BotServiceTenantIds:0"] = "only-tenant",
            ["Bot:AllowedChannelIds:0"] = "msteams",
        });

        var options = provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;

        Assert.Equal(["only-tenant"], options.EffectiveBotServiceTenantIds);
        Assert.Equal(BotAuthenticationOptions.DefaultChannelOpenIdMetadataUrl, options.ChannelOpenIdMetadataUrl);
        Assert.True(options.AcceptBotServiceEntraTokens);
        Assert.IsType<BotFrameworkAuthenticator>(provider.GetRequiredService<IInboundAuthenticator>());
    }

    [Fact]
    public async Task Resolve_RegisteredAuthenticator_ValidatesTokensFromConfiguredMetadata()
    {
        await using var kit = await AuthTestKit.StartAsync();
        var provider = Build("Production", new()
        {
            ["Bot:MicrosoftAppId"] = kit.AppId,
            ["Bot:ChannelOpenIdMetadataUrl"] = kit.MetadataUrl,
        }, kit.Clock);
        var authenticator = provider.GetRequiredService<IInboundAuthenticator>();

        var outcome = await authenticator.AuthenticateAsync(
            "Bearer " + kit.CreateChannelToken(), AuthTestKitBotExtensions.CreateActivity(), null, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    private static ServiceProvider Build(string environment, Dictionary<string, string?> settings, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddBotAuthentication(configuration, new AuthTestHostEnvironment(environment));
        return services.BuildServiceProvider();
    }
}
