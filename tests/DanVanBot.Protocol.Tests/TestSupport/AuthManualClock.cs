namespace DanVanBot.Protocol.Tests.TestSupport;

/// <summary>A clock tests move by hand, so lifetime and refresh-throttle cases never wait for real time.</summary>
public sealed class AuthManualClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
