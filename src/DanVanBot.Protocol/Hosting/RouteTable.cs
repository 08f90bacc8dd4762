namespace DanVanBot.Protocol.Hosting;

public delegate Task TurnHandler(TurnContext turn);

/// <summary>A named rule: the first route whose predicate matches handles the turn.</summary>
public sealed record Route(string Name, Func<TurnContext, bool> Matches, TurnHandler Handler);

/// <summary>
/// The one ordered table from activity to feature handler. Order matters: card actions before
/// free text, specific intents before the catch-all. Unmatched activities are logged by the runner.
/// </summary>
public sealed class RouteTable
{
    private readonly List<Route> routes = [];

    public IReadOnlyList<Route> Routes => routes;

    public RouteTable On(string name, Func<TurnContext, bool> matches, TurnHandler handler)
    {
        if (routes.Any(r => r.Name == name))
            throw new InvalidOperationException($"Route '{name}' is defined twice.");
        routes.Add(new Route(name, matches, handler));
        return this;
    }

    public RouteTable OnActivity(string activityType, string name, TurnHandler handler) =>
        On(name, turn => string.Equals(turn.Activity.Type, activityType, StringComparison.OrdinalIgnoreCase), handler);

    /// <summary>An Adaptive Card action with this verb, whether sent as Action.Execute (invoke) or Action.Submit (message).</summary>
    public RouteTable OnCardAction(string verb, TurnHandler handler) =>
        On("card:" + verb, turn => CardAction.TryRead(turn.Activity) is { } action && action.Verb == verb, handler);

    public Route? Match(TurnContext turn) => routes.FirstOrDefault(route => route.Matches(turn));
}
