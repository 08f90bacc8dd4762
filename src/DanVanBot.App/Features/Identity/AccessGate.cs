using DanVanBot.App.Features.Plans;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Identity;

/// <summary>
/// Enforces a route's <see cref="Requirement"/> before its handler runs. A refused turn gets a polite answer that
/// names the role needed and who grants it, is logged, and touches nothing (the handler never runs).
/// </summary>
internal sealed class AccessGate(ILogger<AccessGate> logger)
{
    public async Task<bool> AllowsAsync(TurnContext turn, Requirement requirement, string routeName)
    {
        if (requirement.Need == Need.Anyone) return true;
        var user = await turn.CurrentUserAsync();
        var scope = requirement.Scope is null || !user.IsIdentified ? null : await requirement.Scope(turn, user);
        if (AccessPolicy.Allows(user, requirement.Need, scope)) return true;

        Log.Refused(logger, routeName, requirement.ToString(), user.AadObjectId ?? "(anonymous)", scope?.OrganisationId, scope?.UnitId);
        var text = AccessTexts.Refusal(requirement.Need, scope, user);
        var action = CardAction.TryRead(turn.Activity);
        if (action is not null) await turn.AnswerActionAsync(action, text);
        else if (turn.Activity.Type == ActivityTypes.Message) await turn.ReplyTextAsync(text);
        return false;
    }
}

/// <summary>A route's handler behind its requirement; the route table test reads <see cref="Requirement"/> back.</summary>
internal sealed class GuardedHandler(string routeName, Requirement requirement, TurnHandler inner)
{
    public Requirement Requirement => requirement;

    public async Task HandleAsync(TurnContext turn)
    {
        if (await turn.Services.GetRequiredService<AccessGate>().AllowsAsync(turn, requirement, routeName)) await inner(turn);
    }
}

/// <summary>Route-table lines that say what they require: <c>.On(name, matches, requirement, handler)</c>.</summary>
internal static class GuardedRoutes
{
    public static RouteTable On(this RouteTable routes, string name, Func<TurnContext, bool> matches, Requirement requirement, TurnHandler handler) =>
        routes.On(name, matches, new GuardedHandler(name, requirement, handler).HandleAsync);

    public static RouteTable OnCardAction(this RouteTable routes, string verb, Requirement requirement, TurnHandler handler) =>
        routes.On("card:" + verb, turn => CardAction.TryRead(turn.Activity) is { } action && action.Verb == verb, requirement, handler);

    public static RouteTable OnActivity(this RouteTable routes, string activityType, string name, Requirement requirement, TurnHandler handler) =>
        routes.On(name, turn => string.Equals(turn.Activity.Type, activityType, StringComparison.OrdinalIgnoreCase), requirement, handler);
}
