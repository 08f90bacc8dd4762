using DanVanBot.Protocol.Connector;

namespace DanVanBot.Bench;

/// <summary>
/// Stands in for MSAL: the bot has an app id, so it would fetch an Entra token for the Connector, but there is no
/// Entra on this machine. The only part of the benchmarked turn that is not the real code path.
/// </summary>
public sealed class FixedBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>("bench-connector-token");
}
