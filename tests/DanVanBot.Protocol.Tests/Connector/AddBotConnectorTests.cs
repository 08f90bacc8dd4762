using DanVanBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class AddBotConnectorTests
{
    [Fact]
    public async Task AddBotConnector_DevelopmentWithoutAppId_SendsAnonymouslyToLoopback()
    {
        await using var server = await LoopbackConnector.StartAsync();
        using var provider = Build(Environments.Development, new Dictionary<string, string?>());

        var client = provider.GetRequiredService<IConnectorClient>();
        var result = await client.SendAsync(server.BaseUrl + "/_connector", "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.IsType<AnonymousBotTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        Assert.Equal(ConnectorOutcome.Succeeded, result.Outcome);
        var request = Assert.Single(server.Requests);
        Assert.Null(request.Authorization);
        Assert.Equal("/_connector/v3/conversations/a%3A1/activities", request.RawTarget);
    }

    [Fact]
    public async Task AddBotConnector_Production_RefusesLoopbackServiceUrl()
    {
        await using var server = await LoopbackConnector.StartAsync();
        using var provider = Build(Environments.Production, WithSecret());

        var result = await provider.GetRequiredService<IConnectorClient>()
            .SendAsync(server.BaseUrl, "a:1", ConnectorClients.Message(), CancellationToken.None);

        Assert.Equal(ConnectorOutcome.HostNotAllowed, result.Outcome);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public void AddBotConnector_AppIdConfigured_UsesMsalAndBindsRetryKnobs()
    {
        var settings = WithSecret();
        settings["Connector:MaxRetryAttempts"] = "2";
        settings["Connector:BaseDelay"] = "00:00:00.250";
        using var provider = Build(Environments.Production, settings);

        var tokens = Assert.IsType<MsalBotTokenProvider>(provider.GetRequiredService<IBotTokenProvider>());
        var retry = provider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;

        Assert.Equal("https://login.microsoftonline.com/botframework.com", tokens.Authority);
        Assert.Equal(2, retry.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(250), retry.BaseDelay);
    }

    [Theory]
    [InlineData("SingleTenant", null, "s3cret", null, "MicrosoftAppTenantId")]
    [InlineData("MultiTenant", null, null, null, "exactly one credential")]
    [InlineData("MultiTenant", null, "s3cret", "/certs/bot.pfx", "exactly one credential")]
    [InlineData("UserAssignedMsi", "tenant", null, null, "UserAssignedMsi")]
    public void AddBotConnector_InvalidCredentials_FailsOptionsValidation(
        string appType, string? tenantId, string? password, string? certificatePath, string expectedMessagePart)
    {
        using var provider = Build(Environments.Development, new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
            ["Bot:MicrosoftAppType"] = appType,
            ["Bot:MicrosoftAppTenantId"] = tenantId,
            ["Bot:MicrosoftAppPassword"] = password,
            ["Bot:CertificatePath"] = certificatePath,
        });

        var ex = Assert.Throws<OptionsValidationException>(
            () => provider.GetRequiredService<IOptions<ConnectorOptions>>().Value);

        Assert.Contains(expectedMessagePart, ex.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> WithSecret() => new()
    {
        ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-0000000000a1",
        ["Bot:MicrosoftAppPassword"] = "s3cret",
    };

    private static ServiceProvider Build(string environmentName, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var environment = new HostingEnvironment { EnvironmentName = environmentName, ApplicationName = "tests" };
        var services = new ServiceCollection().AddLogging();
        services.AddBotConnector(configuration, environment);
        return services.BuildServiceProvider();
    }
}
