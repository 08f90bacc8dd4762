namespace DanVanBot.Protocol.Connector;

/// <summary>Access tokens for the Bot Connector (scope https://api.botframework.com/.default).</summary>
public interface IBotTokenProvider
{
    /// <returns>The bearer token, or null in dev mode (then no Authorization header is sent).</returns>
    /// <param name="forceRefresh">Bypass the cache, e.g. after the Connector answered 401 to a cached token.</param>
    /// <exception cref="BotTokenException">The identity provider refused or could not be reached.</exception>
    ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken);
}

/// <summary>No App ID configured: the bot runs anonymously against a local emulator or Playground.</summary>
public sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken) =>
        ValueTask.FromResult<string?>(null);
}

public sealed class BotTokenException(string errorCode, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string ErrorCode { get; } = errorCode;
}
