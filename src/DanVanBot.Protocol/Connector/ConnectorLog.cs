using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Connector log lines. MS-CV is Teams' correlation vector: Microsoft support asks for it first,
/// so every line about a Connector answer carries it.
/// </summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning,
        Message = "Connector refused serviceUrl {ServiceUrl}: host not allowed; nothing sent")]
    public static partial void HostNotAllowed(ILogger logger, string? serviceUrl);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug,
        Message = "Connector {Method} {Path} -> {StatusCode} (MS-CV {MsCv})")]
    public static partial void Sent(ILogger logger, string method, string path, int statusCode, string? msCv);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning,
        Message = "Connector {Method} {Path} failed: {StatusCode} {ErrorCode} {ErrorMessage} -> {Outcome} (MS-CV {MsCv})")]
    public static partial void Failed(
        ILogger logger, string method, string path, int statusCode, string? errorCode, string? errorMessage,
        ConnectorOutcome outcome, string? msCv);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning,
        Message = "Connector {Method} {Path} could not be delivered")]
    public static partial void Unreachable(ILogger logger, string method, string path, Exception exception);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information,
        Message = "Connector retry {Attempt} after {StatusCode} in {Delay} (MS-CV {MsCv})")]
    public static partial void Retrying(
        ILogger logger, int attempt, int? statusCode, TimeSpan delay, string? msCv, Exception? exception);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information,
        Message = "Connector answered 401 to a cached token; refreshing the token and trying once more (MS-CV {MsCv})")]
    public static partial void RefreshingToken(ILogger logger, string? msCv);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Error,
        Message = "Bot Connector token request to {Authority} failed: {ErrorCode}")]
    public static partial void TokenFailed(ILogger logger, string authority, string errorCode, Exception exception);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Warning,
        Message = "Connector {Method} {Path} succeeded ({StatusCode}) but its body was not the expected JSON (MS-CV {MsCv})")]
    public static partial void UnreadableSuccessBody(ILogger logger, string method, string path, int statusCode, string? msCv);
}
