namespace DanVanBot.App.Tests.Ask;

/// <summary>A clock stopped at one instant, so "tháng này" means the month the test chose.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
