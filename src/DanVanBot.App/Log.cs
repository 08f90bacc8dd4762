namespace DanVanBot.App;

/// <summary>The app's log messages (source-generated), numbered 2xxx.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Warning, "Refused {Route} ({Requirement}) for {AadObjectId}; organisation {OrganisationId}, unit {UnitId}")]
    public static partial void Refused(ILogger logger, string route, string requirement, string aadObjectId, Guid? organisationId, Guid? unitId);

    [LoggerMessage(2002, LogLevel.Warning, "Refused tenant {TenantId}: {ActivityType} {ActivityId} not served and not stored")]
    public static partial void TenantRefused(ILogger logger, string tenantId, string? activityType, string? activityId);

    [LoggerMessage(2003, LogLevel.Information, "Could not learn the UPN of {AadObjectId} from the Connector: {Outcome}")]
    public static partial void UpnUnknown(ILogger logger, string aadObjectId, string outcome);

    [LoggerMessage(2004, LogLevel.Information, "Join request {RequestId}: approval card sent to {Delivered} of {Approvers} approvers")]
    public static partial void ApprovalsSent(ILogger logger, Guid requestId, int delivered, int approvers);

    [LoggerMessage(2005, LogLevel.Warning, "Proactive message to person {PersonId} not delivered: {Outcome}")]
    public static partial void ProactiveFailed(ILogger logger, Guid personId, string outcome);

    [LoggerMessage(2006, LogLevel.Information, "Join request {RequestId} {Outcome} by {AadObjectId}")]
    public static partial void JoinDecided(ILogger logger, Guid requestId, string outcome, string aadObjectId);
}
