using DanVanBot.Protocol.Tests.TestSupport;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 13–21.</summary>
public sealed class AudienceAndServiceUrlTests : AuthKitTestBase
{
    [Fact] // 13
    public async Task Authenticate_NoAudience_Fails()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.Audience = null));

        AssertFailed(outcome, "audience");
    }

    [Theory] // 14, 15, 17
    [InlineData("another-app")]
    [InlineData("")]
    [InlineData("https://api.botframework.com")]
    [InlineData("https://api.botframework.com/")]
    public async Task Authenticate_WrongAudience_Fails(string audience)
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.Audience = audience));

        AssertFailed(outcome, "audience");
    }

    [Fact] // 14: our app id in another bot's metadata still is another app id
    public async Task Authenticate_OtherAppsGuidAudience_Fails()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.Audience = Guid.NewGuid().ToString()));

        AssertFailed(outcome, "audience");
    }

    [Fact] // 16: right aud, but issued by an issuer we do not accept
    public async Task Authenticate_AudienceFromOtherIssuer_Fails()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(configure: s => s.Issuer = "https://api.botframework.us"));

        AssertFailed(outcome, "issuer");
    }

    [Theory] // 18
    [InlineData(null)]
    [InlineData("")]
    public async Task Authenticate_MissingServiceUrlClaim_Fails(string? claim)
    {
        var token = Kit.CreateChannelToken(configure: s =>
        {
            if (claim is null)
            {
                s.Claims.Remove("serviceurl");
            }
            else
            {
                s.Claims["serviceurl"] = claim;
            }
        });

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "Missing serviceurl claim");
    }

    [Theory] // 19 (an address the allow-list refuses outright is case 21, below)
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Authenticate_ServiceUrlMismatch_Fails(string activityServiceUrl)
    {
        var outcome = await Create().AuthenticateBearerAsync(
            Kit.CreateChannelToken(), AuthTestKitBotExtensions.CreateActivity(activityServiceUrl));

        AssertFailed(outcome, "serviceurl claim mismatch");
    }

    [Theory] // 19, 21: an activity without a serviceUrl, or with no URL at all, has nowhere to be answered
    [InlineData(null)]
    [InlineData("other")]
    public async Task Authenticate_ActivityWithoutUsableServiceUrl_Fails(string? serviceUrl)
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(), AuthTestKitBotExtensions.CreateActivity(serviceUrl));

        AssertFailed(outcome, "outside the outbound allow-list");
    }

    [Fact] // 20
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var outcome = await Create().AuthenticateBearerAsync(
            Kit.CreateChannelToken("https://SMBA.trafficmanager.net/AMER/"),
            AuthTestKitBotExtensions.CreateActivity("https://smba.trafficmanager.net/amer/"));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }

    [Theory] // 21: the token is valid for that address, but the Connector would never call it
    [InlineData("https://evil.example.com/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("http://127.0.0.1:5000/_connector")]
    public async Task Authenticate_ServiceUrlOutsideAllowList_FailsBeforeAnythingRuns(string serviceUrl)
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(serviceUrl), AuthTestKitBotExtensions.CreateActivity(serviceUrl));

        AssertFailed(outcome, "outside the outbound allow-list");
        Assert.Equal(0, Kit.RequestCount); // refused before the signing keys were even fetched
    }

    [Fact] // 21: in Development the Playground's loopback Connector is on the list
    public async Task Authenticate_LoopbackServiceUrlInDevelopment_Succeeds()
    {
        const string playground = "http://127.0.0.1:56150/_connector";

        var outcome = await Create(environment: "Development").AuthenticateBearerAsync(
            Kit.CreateChannelToken(playground), AuthTestKitBotExtensions.CreateActivity(playground));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }
}
