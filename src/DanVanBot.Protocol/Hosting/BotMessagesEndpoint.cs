using System.Net;
using System.Text.Json;
using DanVanBot.Protocol.Auth;
using DanVanBot.Protocol.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c> (spec §1.1, §4.3): parse, authenticate, then either answer an invoke
/// synchronously, run a card submission inside the request, or queue the turn and answer 202. Other methods get 405
/// from routing.
/// </summary>
public static class BotMessagesEndpoint
{
    public static RouteHandlerBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).DisableAntiforgery();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IInboundAuthenticator authenticator,
        TurnRunner runner,
        TurnQueue queue,
        RecentActivities recent,
        IOptions<BotHostingOptions> options,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(BotMessagesEndpoint));
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;

        var activity = await ReadActivityAsync(http, logger);
        if (activity is null) return Results.BadRequest();

        var outcome = await authenticator.AuthenticateAsync(
            http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity, OwnRemoteAddress(http), http.RequestAborted);
        if (!outcome.Succeeded || outcome.Identity is null)
        {
            Log.Unauthenticated(logger, outcome.FailureReason ?? "no identity");
            return Results.Unauthorized();
        }

        if (string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.OrdinalIgnoreCase))
        {
            Log.Rejected(logger, 400, "deliveryMode expectReplies is not supported");
            return Results.BadRequest();
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var result = await runner.RunAsync(activity, outcome.Identity);
            return result is null
                ? Results.StatusCode(StatusCodes.Status501NotImplemented)
                : Results.Json(result.Body, ProtocolJsonContext.Default.JsonElement, statusCode: result.Status);
        }

        if (!recent.TryAccept(activity.Conversation?.Id, activity.Id))
        {
            Log.Duplicate(logger, activity.Type, activity.Id);
            return Results.Accepted();
        }
        // A card button (Action.Submit arrives as a message) may change state: publish, cancel, a date, a report.
        // It runs inside the request, so its effect is stored before the 202; the queue is memory and a crash
        // loses what it holds (README: "Queued turns and crashes"), and Teams does not resend what got a 202.
        if (CardAction.TryRead(activity) is not null)
        {
            await runner.RunAsync(activity, outcome.Identity);
            return Results.Accepted();
        }
        if (!queue.TryEnqueue(new QueuedTurn(activity, outcome.Identity)))
        {
            Log.QueueFull(logger, queue.PartitionOf(activity.Conversation?.Id));
            recent.Forget(activity.Conversation?.Id, activity.Id); // the sender's retry must be processed
            http.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Accepted();
    }

    private static readonly string[] ProxyHeaders = ["X-Forwarded-For", "Forwarded", "X-Original-For"];

    /// <summary>
    /// The address the connection comes from, or null when proxy headers are present: a forwarded-headers middleware
    /// (or a caller pretending to be a proxy) would make any address look like loopback. X-Original-For is what that
    /// middleware leaves behind after it has rewritten the address.
    /// </summary>
    private static IPAddress? OwnRemoteAddress(HttpContext http) =>
        ProxyHeaders.Any(http.Request.Headers.ContainsKey) ? null : http.Connection.RemoteIpAddress;

    /// <summary>Null for anything that is not a JSON object with a <c>type</c> and a conversation id: the caller answers 400.</summary>
    private static async Task<Activity?> ReadActivityAsync(HttpContext http, ILogger logger)
    {
        try
        {
            var activity = await JsonSerializer.DeserializeAsync(http.Request.Body, ProtocolJsonContext.Default.Activity, http.RequestAborted);
            if (string.IsNullOrWhiteSpace(activity?.Type))
            {
                Log.Rejected(logger, 400, "body is not an activity (no type)");
                return null;
            }
            // Every reply goes to v3/conversations/{id}/activities: without an id there is nowhere to answer.
            if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            {
                Log.Rejected(logger, 400, "activity has no conversation id");
                return null;
            }
            return activity;
        }
        catch (JsonException error)
        {
            Log.Rejected(logger, 400, "body is not valid activity JSON: " + error.Message);
            return null;
        }
        catch (BadHttpRequestException error)
        {
            Log.Rejected(logger, error.StatusCode, error.Message);
            return null;
        }
    }
}
