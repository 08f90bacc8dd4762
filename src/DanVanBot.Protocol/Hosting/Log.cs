using Microsoft.Extensions.Logging;

namespace DanVanBot.Protocol.Hosting;

internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Turn routed to {Route} ({ActivityType} {ActivityId})")]
    public static partial void Routed(ILogger logger, string route, string? activityType, string? activityId);

    [LoggerMessage(1002, LogLevel.Information, "No route for {ActivityType} {InvokeName} ({ActivityId})")]
    public static partial void Unrouted(ILogger logger, string? activityType, string? invokeName, string? activityId);

    [LoggerMessage(1003, LogLevel.Error, "Turn failed for {ActivityType} {ActivityId} in {ConversationId} (timed out: {TimedOut})")]
    public static partial void TurnFailed(ILogger logger, Exception error, string? activityType, string? activityId, string? conversationId, bool timedOut);

    [LoggerMessage(1004, LogLevel.Warning, "Could not apologise to the user: {Reason}")]
    public static partial void ApologyFailed(ILogger logger, Exception? error, string reason);

    [LoggerMessage(1005, LogLevel.Information, "Rejected /api/messages: {Status} {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(1006, LogLevel.Warning, "Request not authenticated: {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string reason);

    [LoggerMessage(1007, LogLevel.Warning, "Turn queue full for partition {Partition}; answered 503")]
    public static partial void QueueFull(ILogger logger, int partition);

    [LoggerMessage(1008, LogLevel.Information, "Ignored a second delivery of {ActivityType} {ActivityId}")]
    public static partial void Duplicate(ILogger logger, string? activityType, string? activityId);

    [LoggerMessage(1009, LogLevel.Critical, "Turn crashed past the turn runner in partition {Partition} ({ActivityType} {ActivityId} in {ConversationId}); the worker goes on")]
    public static partial void TurnCrashed(ILogger logger, Exception error, int partition, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(1010, LogLevel.Critical, "Turn worker loop of partition {Partition} failed; restarting it")]
    public static partial void WorkerLoopFailed(ILogger logger, Exception error, int partition);

    [LoggerMessage(1020, LogLevel.Warning, "Turn not admitted by {Admission}: {ActivityType} {ActivityId}")]
    public static partial void NotAdmitted(ILogger logger, string admission, string? activityType, string? activityId);
}
