namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// Decides, before any observer or handler runs, whether the bot serves this turn at all (e.g. the sender's
/// tenant). A refused turn stores nothing: the admission may answer the sender, and the turn ends there.
/// </summary>
public interface ITurnAdmission
{
    /// <returns>False to end the turn; for an invoke, set <see cref="TurnContext.InvokeResult"/> to answer it.</returns>
    ValueTask<bool> AdmitAsync(TurnContext turn);
}
