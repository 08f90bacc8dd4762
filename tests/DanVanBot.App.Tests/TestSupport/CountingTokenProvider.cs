using DanVanBot.Protocol.Connector;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// Stands in for Entra ID, which cannot run here: hands out a fixed outbound token and counts
/// how often the Connector client asked for one.
/// </summary>
public sealed class CountingTokenProvider : IBotTokenProvider
{
    public const string Token = "outbound-test-token";
    private int calls;

    public int Calls => Volatile.Read(ref calls);

    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return ValueTask.FromResult<string?>(Token);
    }
}
