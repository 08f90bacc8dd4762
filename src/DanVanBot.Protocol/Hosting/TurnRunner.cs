using System.Security.Claims;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Runs one turn: its own scope and deadline, the admissions (which may end it), the observers, the first matching route, and the
/// turn error handler (log, then apologise to the user in Vietnamese).
/// </summary>
public sealed class TurnRunner(
    RouteTable routes,
    IConnectorClient connector,
    IServiceScopeFactory scopes,
    IOptions<BotHostingOptions> options,
    TimeProvider clock,
    ILogger<TurnRunner> logger)
{
    /// <returns>For invokes, the answer (null when no route handled it); for other activities, null.</returns>
    public async Task<InvokeResult?> RunAsync(Activity activity, ClaimsIdentity identity)
    {
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var limit = isInvoke ? options.Value.InvokeTimeout : options.Value.TurnTimeout;
        using var deadline = new CancellationTokenSource(limit, clock);
        await using var scope = scopes.CreateAsyncScope();
        var arrived = clock.GetTimestamp();
        var turn = new TurnContext(activity, identity, connector, scope.ServiceProvider, deadline.Token,
            isInvoke || options.Value.MinimumReplyDelay <= TimeSpan.Zero ? null : token => WaitFromAsync(arrived, token));
        try
        {
            foreach (var admission in turn.Services.GetServices<ITurnAdmission>())
            {
                if (await admission.AdmitAsync(turn)) continue;
                Log.NotAdmitted(logger, admission.GetType().Name, activity.Type, activity.Id);
                return isInvoke ? turn.InvokeResult ?? InvokeResult.Error(403, "Forbidden", options.Value.ApologyText) : null;
            }

            // Observers are resolved per turn: they typically hold a scoped DbContext.
            foreach (var observer in turn.Services.GetServices<ITurnObserver>())
                await observer.OnTurnStartingAsync(turn);

            var route = routes.Match(turn);
            if (route is null)
            {
                Log.Unrouted(logger, activity.Type, activity.Name, activity.Id);
                return null;
            }
            Log.Routed(logger, route.Name, activity.Type, activity.Id);
            await route.Handler(turn);
            return isInvoke ? OutgoingCards.Apply(turn.InvokeResult ?? InvokeResult.Message("OK"), turn.Services) : null;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var timedOut = deadline.IsCancellationRequested;
            Log.TurnFailed(logger, error, activity.Type, activity.Id, activity.Conversation?.Id, timedOut);
            if (isInvoke)
                return InvokeResult.Error(500, timedOut ? "Timeout" : "InternalError", options.Value.ApologyText);
            await ApologiseAsync(activity, identity);
            return null;
        }
    }

    /// <summary>Holds the first reply until <see cref="BotHostingOptions.MinimumReplyDelay"/> after the turn began.</summary>
    private Task WaitFromAsync(long arrived, CancellationToken cancellationToken)
    {
        var remaining = options.Value.MinimumReplyDelay - clock.GetElapsedTime(arrived);
        return remaining > TimeSpan.Zero ? Task.Delay(remaining, clock, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Tells the user the turn failed (messages only). Never throws: it runs where a failure is already being handled.</summary>
    internal async Task ApologiseAsync(Activity activity, ClaimsIdentity identity)
    {
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.ServiceUrl)) return;
        // The turn's own token may be the reason we are here; the apology gets a fresh, short one.
        using var apologyDeadline = new CancellationTokenSource(TimeSpan.FromSeconds(10), clock);
        try
        {
            // Its own scope, disposed with it: the turn's scope may hold the failure (a broken DbContext).
            await using var scope = scopes.CreateAsyncScope();
            var turn = new TurnContext(activity, identity, connector, scope.ServiceProvider, apologyDeadline.Token);
            var result = await turn.ReplyAsync(new Activity { Type = ActivityTypes.Message, Text = options.Value.ApologyText });
            if (!result.Succeeded) Log.ApologyFailed(logger, null, result.Outcome.ToString());
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Log.ApologyFailed(logger, error, error.GetType().Name);
        }
    }
}
