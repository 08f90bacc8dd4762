namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Runs for every authenticated turn before routing (e.g. keeping conversation references current).
/// A failure here fails the turn, like a handler failure.
/// </summary>
public interface ITurnObserver
{
    Task OnTurnStartingAsync(TurnContext turn);
}
