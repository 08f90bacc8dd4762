using DanVanBot.Protocol.Hosting;

namespace DanVanBot.Protocol.Tests.Hosting;

public sealed class RecentActivitiesTests
{
    private readonly MovableClock clock = new();

    [Fact]
    public void TryAccept_SameActivityTwice_SecondRefused()
    {
        var recent = new RecentActivities(clock);
        Assert.True(recent.TryAccept("a:1", "m1"));
        Assert.False(recent.TryAccept("a:1", "m1"));
    }

    [Fact]
    public void TryAccept_SameIdInAnotherConversation_Accepted()
    {
        var recent = new RecentActivities(clock);
        Assert.True(recent.TryAccept("a:1", "m1"));
        Assert.True(recent.TryAccept("a:2", "m1"));
    }

    [Fact]
    public void TryAccept_NoId_AlwaysAccepted()
    {
        var recent = new RecentActivities(clock);
        Assert.True(recent.TryAccept("a:1", null));
        Assert.True(recent.TryAccept("a:1", null));
    }

    [Fact]
    public void TryAccept_RememberedForOneGenerationAtLeast_ForgottenAfterTwo()
    {
        var recent = new RecentActivities(clock);
        recent.TryAccept("a:1", "m1");

        clock.Advance(RecentActivities.Generation + TimeSpan.FromSeconds(1));
        Assert.False(recent.TryAccept("a:1", "m1"));

        clock.Advance(RecentActivities.Generation * 2 + TimeSpan.FromSeconds(1));
        Assert.True(recent.TryAccept("a:1", "m1"));
    }

    [Fact]
    public void Forget_AfterAQueueFull_TheRetryIsAccepted()
    {
        var recent = new RecentActivities(clock);
        recent.TryAccept("a:1", "m1");
        recent.Forget("a:1", "m1");
        Assert.True(recent.TryAccept("a:1", "m1"));
    }

    private sealed class MovableClock : TimeProvider
    {
        private DateTimeOffset now = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => now;
        public void Advance(TimeSpan by) => now += by;
    }
}
