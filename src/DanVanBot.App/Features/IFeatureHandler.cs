using DanVanBot.Protocol.Hosting;

namespace DanVanBot.App.Features;

/// <summary>A feature's entry point for one kind of turn; resolved from the turn's DI scope.</summary>
internal interface IFeatureHandler
{
    Task HandleAsync(TurnContext turn);
}

internal static class Handlers
{
    public static TurnHandler Use<THandler>() where THandler : IFeatureHandler =>
        turn => turn.Services.GetRequiredService<THandler>().HandleAsync(turn);
}
