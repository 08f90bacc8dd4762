using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Tests.Auth;

/// <summary>Spec §6 cases 33 (at this level: nothing secret in the outcome or the logs) and 34.</summary>
public sealed class ConcurrencyAndLoggingTests : AuthKitTestBase
{
    [Fact] // 34
    public async Task Authenticate_HundredParallelRequestsDuringRefresh_AllSucceedWithOneFetch()
    {
        var auth = Create();
        Assert.True((await auth.AuthenticateBearerAsync(Kit.CreateChannelToken())).Succeeded);
        Kit.Clock.Advance(TimeSpan.FromHours(13)); // keys are now due for their automatic refresh
        var held = Kit.HoldKeyResponses();
        var tokens = Enumerable.Range(0, 100).Select(_ => Kit.CreateChannelToken()).ToList();

        var pending = tokens.Select(t => Task.Run(() => auth.AuthenticateBearerAsync(t).AsTask())).ToList();
        await held.FirstRequestArrived.WaitAsync(TimeSpan.FromSeconds(30)); // the refresh is now in flight
        held.Release();
        var outcomes = await Task.WhenAll(pending);

        Assert.All(outcomes, o => Assert.True(o.Succeeded, o.FailureReason));
        Assert.Equal(2, Kit.ChannelKeysRequestCount);
    }

    [Fact] // 34: one cache per metadata URL, shared by every request
    public void Registry_SameUrl_ReturnsSameCache()
    {
        var auth = Create();

        Assert.Same(auth.Registry.For(Kit.MetadataUrl), auth.Registry.For(Kit.MetadataUrl));
        Assert.NotSame(auth.Registry.For(Kit.MetadataUrl), auth.Registry.For(Kit.MetadataUrl + "?other"));
    }

    [Fact] // 33
    public async Task Authenticate_Failure_OutcomeAndLogNeverContainToken()
    {
        var auth = Create();
        var token = Kit.CreateChannelToken(configure: s => s.Audience = "another-app");

        var outcome = await auth.AuthenticateBearerAsync(token);

        Assert.False(outcome.Succeeded);
        Assert.DoesNotContain(token.Split('.')[1], outcome.FailureReason!, StringComparison.Ordinal);
        var failure = Assert.Single(auth.Logs.Entries, e => e.EventId.Id == 4100);
        Assert.Equal(LogLevel.Warning, failure.Level);
        Assert.Contains("Invalid audience", failure.Message, StringComparison.Ordinal);
        Assert.Contains("iss=https://api.botframework.com", failure.Message, StringComparison.Ordinal);
        Assert.Contains("aud=another-app", failure.Message, StringComparison.Ordinal);
        Assert.Contains($"kid={Kit.ChannelKey.KeyId}", failure.Message, StringComparison.Ordinal);
        Assert.All(auth.Logs.Entries, e => Assert.DoesNotContain(token.Split('.')[2], e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Authenticate_Success_LogsNoFailure()
    {
        var auth = Create();

        await auth.AuthenticateBearerAsync(Kit.CreateChannelToken());

        Assert.DoesNotContain(auth.Logs.Entries, e => e.EventId.Id == 4100);
    }
}
