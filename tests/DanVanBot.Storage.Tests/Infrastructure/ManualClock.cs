namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    public void Advance(TimeSpan by) => now += by;
}
