using DanVanBot.Protocol.Connector;

namespace DanVanBot.Protocol.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/72f988bf-86f1-41af-91ab-2d7cd011db47/", true)]
    [InlineData("https://SMBA.TrafficManager.net/teams/", true)]
    [InlineData("https://europe.webchat.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams", true)]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams", true)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://botframework.com/", false)]
    [InlineData("https://evilbotframework.com/", false)]
    [InlineData("https://smba.trafficmanager.net.evil.example/", false)]
    [InlineData("https://teams.microsoft.com.evil.example/", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/?redirect=x", false)]
    [InlineData("ftp://smba.trafficmanager.net/", false)]
    [InlineData("/relative/path", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("http://localhost:56150/_connector", false)]
    [InlineData("http://127.0.0.1:3978/", false)]
    public void IsAllowed_OutsideDevelopment_AcceptsOnlyTeamsHostsOverHttps(string? serviceUrl, bool expected)
    {
        Assert.Equal(expected, new ServiceUrlPolicy(allowLoopback: false).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("https://localhost:56150/", true)]
    [InlineData("http://127.0.0.1:3978/", true)]
    [InlineData("http://127.10.20.30/", true)]
    [InlineData("http://[::1]:5000/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("http://192.168.1.10:3978/", false)]
    [InlineData("http://localhost.evil.example/", false)]
    [InlineData("http://10.0.0.1/", false)]
    public void IsAllowed_InDevelopment_AlsoAcceptsLoopback(string serviceUrl, bool expected)
    {
        Assert.Equal(expected, new ServiceUrlPolicy(allowLoopback: true).IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer///", "https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net", "https://smba.trafficmanager.net/")]
    [InlineData("http://localhost:56150/_connector", "http://localhost:56150/_connector/")]
    public void TryGetBaseUri_AllowedUrl_EndsWithExactlyOneSlash(string serviceUrl, string expected)
    {
        Assert.True(new ServiceUrlPolicy(allowLoopback: true).TryGetBaseUri(serviceUrl, out var baseUri));
        Assert.Equal(expected, baseUri.AbsoluteUri);
    }
}
