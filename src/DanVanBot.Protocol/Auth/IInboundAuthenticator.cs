using System.Net;
using System.Security.Claims;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Auth;

/// <summary>
/// Decides whether an inbound <c>POST /api/messages</c> may be processed (spec §1).
/// Called after the body parsed as an activity and before anything else looks at it.
/// </summary>
public interface IInboundAuthenticator
{
    /// <param name="remoteAddress">The connection's own remote address (what the loopback bypass checks); null when
    /// the request carries proxy headers, so that no header can make a caller look local.</param>
    ValueTask<AuthenticationOutcome> AuthenticateAsync(
        string? authorizationHeader,
        Activity activity,
        IPAddress? remoteAddress,
        CancellationToken cancellationToken);
}

/// <param name="Identity">The validated caller; for the dev-mode bypass an anonymous identity.</param>
/// <param name="FailureReason">For logs only: never sent to the caller.</param>
public sealed record AuthenticationOutcome(bool Succeeded, ClaimsIdentity? Identity, string? FailureReason)
{
    public static AuthenticationOutcome Fail(string reason) => new(false, null, reason);
    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(true, identity, null);
    public bool IsAnonymous => Identity?.AuthenticationType == AnonymousAuthenticationType;
    public const string AnonymousAuthenticationType = "anonymous";
}
