using DanVanBot.Protocol.Tests.TestSupport;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 13–20 (21 is the Connector's outbound allow-list).</summary>
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

    [Theory] // 19
    [InlineData("other")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public async Task Authenticate_ServiceUrlMismatch_Fails(string activityServiceUrl)
    {
        var outcome = await Create().AuthenticateBearerAsync(
            Kit.CreateChannelToken(), AuthTestKitBotExtensions.CreateActivity(activityServiceUrl));

        AssertFailed(outcome, "serviceurl claim mismatch");
    }

    [Fact] // 19: an activity without serviceUrl cannot match the claim
    public async Task Authenticate_ActivityWithoutServiceUrl_Fails()
    {
        var outcome = await Create().AuthenticateBearerAsync(Kit.CreateChannelToken(), AuthTestKitBotExtensions.CreateActivity(serviceUrl: null));

        AssertFailed(outcome, "serviceurl claim mismatch");
    }

    [Fact] // 20
    public async Task Authenticate_ServiceUrlDiffersOnlyInCase_Succeeds()
    {
        var outcome = await Create().AuthenticateBearerAsync(
            Kit.CreateChannelToken("https://SMBA.trafficmanager.net/AMER/"),
            AuthTestKitBotExtensions.CreateActivity("https://smba.trafficmanager.net/amer/"));

        Assert.True(outcome.Succeeded, outcome.FailureReason);
    }
}
