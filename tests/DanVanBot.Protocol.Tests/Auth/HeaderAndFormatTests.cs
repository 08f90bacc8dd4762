using System.Net;
using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Tests.TestSupport;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 1–5.</summary>
public sealed class HeaderAndFormatTests : AuthKitTestBase
{
    [Fact]
    public async Task Authenticate_ValidChannelToken_Succeeds()
    {
        var auth = Create();

        var outcome = await auth.AuthenticateBearerAsync(Kit.CreateChannelToken());

        Assert.True(outcome.Succeeded, outcome.FailureReason);
        Assert.False(outcome.IsAnonymous);
        Assert.Equal(Kit.AppId, outcome.Identity!.FindFirst("aud")!.Value);
    }

    [Fact] // 1
    public async Task Authenticate_NoHeaderWithAppId_Fails()
    {
        var outcome = await Create().AuthenticateAsync(null);

        AssertFailed(outcome, "No Authorization header");
    }

    [Theory] // 2
    [InlineData("msteams", null, false)]
    [InlineData("emulator", "skill", true)]
    public async Task Authenticate_NoHeaderNoAppIdDevelopmentLoopback_IsAnonymous(string channelId, string? role, bool expectSkill)
    {
        var auth = Create(o => { o.MicrosoftAppId = null; o.DangerouslyAllowUnauthenticatedLoopbackRequests = true; }, "Development");
        var activity = AuthTestKitBotExtensions.CreateActivity(channelId: channelId);
        activity.Recipient = new Protocol.Schema.ChannelAccount { Id = "bot", Role = role };

        var outcome = await auth.Authenticator.AuthenticateAsync(null, activity, IPAddress.Loopback, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsAnonymous);
        Assert.Equal(AuthenticationOutcome.AnonymousAuthenticationType, outcome.Identity!.AuthenticationType);
        Assert.Equal(expectSkill, outcome.Identity.FindFirst("appid")?.Value == BotClaims.AnonymousSkillAppId);
        Assert.Contains(auth.Logs.Entries, e => e.Message.Contains("authentication disabled", StringComparison.OrdinalIgnoreCase));
    }

    [Theory] // 2 (ours): the bypass needs every condition
    [InlineData("Production", "127.0.0.1", true, null)]
    [InlineData("Development", "203.0.113.7", true, null)]
    [InlineData("Development", "127.0.0.1", false, null)]
    [InlineData("Development", "::1", true, "Bearer x.y.z")]
    public async Task Authenticate_NoAppIdBypassConditionMissing_Fails(string environment, string remote, bool flag, string? header)
    {
        var auth = Create(o => { o.MicrosoftAppId = ""; o.DangerouslyAllowUnauthenticatedLoopbackRequests = flag; }, environment);

        var outcome = await auth.Authenticator.AuthenticateAsync(
            header, AuthTestKitBotExtensions.CreateActivity(), IPAddress.Parse(remote), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Identity);
    }

    [Fact] // 2 (ours): with forwarded headers on, X-Forwarded-For could make anyone look like loopback
    public async Task Authenticate_NoAppIdBypassWithForwardedHeadersEnabled_FailsEvenFromLoopback()
    {
        var auth = Create(o =>
        {
            o.MicrosoftAppId = null;
            o.DangerouslyAllowUnauthenticatedLoopbackRequests = true;
            o.ForwardedHeadersEnabled = true;
        }, "Development");

        var outcome = await auth.Authenticator.AuthenticateAsync(null, AuthTestKitBotExtensions.CreateActivity(), IPAddress.Loopback, CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.Contains("forwarded headers", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Fact] // 2 (ours): the host passes no address when the request carries proxy headers
    public async Task Authenticate_NoAppIdBypassWithoutRemoteAddress_Fails()
    {
        var auth = Create(o => { o.MicrosoftAppId = null; o.DangerouslyAllowUnauthenticatedLoopbackRequests = true; }, "Development");

        var outcome = await auth.Authenticator.AuthenticateAsync(null, AuthTestKitBotExtensions.CreateActivity(), remoteAddress: null, CancellationToken.None);

        Assert.False(outcome.Succeeded);
    }

    [Theory] // 3, 4
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("{token}")]
    [InlineData("Potato {token}")]
    [InlineData("bearer {token}")]
    [InlineData("Bearer {token} extra")]
    [InlineData("Bearer  {token}")]
    public async Task Authenticate_MalformedHeader_Fails(string headerTemplate)
    {
        var header = headerTemplate.Replace("{token}", Kit.CreateChannelToken(), StringComparison.Ordinal);

        var outcome = await Create().AuthenticateAsync(header);

        Assert.False(outcome.Succeeded);
        Assert.Contains("Authorization header", outcome.FailureReason, StringComparison.Ordinal);
    }

    [Theory] // 5
    [InlineData("garbage")]
    [InlineData("abc.def")]
    [InlineData("!!!.@@@.###")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.not-base64-json.sig")]
    public async Task Authenticate_NotAJwt_Fails(string token)
    {
        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "well-formed JWT");
        Assert.Equal(0, Kit.RequestCount);
    }
}
