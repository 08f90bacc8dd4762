namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 11–12: lifetime with a 5-minute clock skew, on the injected clock.</summary>
public sealed class LifetimeTests : AuthKitTestBase
{
    [Theory] // 11
    [InlineData(-6, false)]
    [InlineData(-60, false)]
    [InlineData(-4, true)]
    [InlineData(30, true)]
    public async Task Authenticate_ExpiryRelativeToNow_HonoursFiveMinuteSkew(int expiresInMinutes, bool accepted)
    {
        var now = Kit.Clock.GetUtcNow();
        var token = Kit.CreateChannelToken(configure: s =>
        {
            s.NotBefore = now.AddHours(-2);
            s.Expires = now.AddMinutes(expiresInMinutes);
        });

        var outcome = await Create().AuthenticateBearerAsync(token);

        Assert.Equal(accepted, outcome.Succeeded);
        if (!accepted)
        {
            AssertFailed(outcome, "expired");
        }
    }

    [Theory] // 12
    [InlineData(6, false)]
    [InlineData(60, false)]
    [InlineData(4, true)]
    public async Task Authenticate_NotBeforeInFuture_HonoursFiveMinuteSkew(int notBeforeInMinutes, bool accepted)
    {
        var now = Kit.Clock.GetUtcNow();
        var token = Kit.CreateChannelToken(configure: s =>
        {
            s.NotBefore = now.AddMinutes(notBeforeInMinutes);
            s.Expires = now.AddHours(2);
        });

        var outcome = await Create().AuthenticateBearerAsync(token);

        Assert.Equal(accepted, outcome.Succeeded);
        if (!accepted)
        {
            AssertFailed(outcome, "not valid yet");
        }
    }

    [Fact] // 12
    public async Task Authenticate_NoExpiry_Fails()
    {
        var token = Kit.CreateChannelToken(configure: s => s.Expires = null);

        var outcome = await Create().AuthenticateBearerAsync(token);

        AssertFailed(outcome, "expiration");
    }

    [Fact] // 11: the same token turns invalid as the clock moves on
    public async Task Authenticate_ClockPassesExpiryPlusSkew_Fails()
    {
        var auth = Create();
        var token = Kit.CreateChannelToken(configure: s => s.Expires = Kit.Clock.GetUtcNow().AddMinutes(10));
        Assert.True((await auth.AuthenticateBearerAsync(token)).Succeeded);

        Kit.Clock.Advance(TimeSpan.FromMinutes(16));

        AssertFailed(await auth.AuthenticateBearerAsync(token), "expired");
    }
}
