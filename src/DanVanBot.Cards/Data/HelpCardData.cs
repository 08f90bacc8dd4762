namespace DanVanBot.Cards.Data;

/// <summary>Data for <c>cards/help.json</c>: the welcome message on install (<see cref="IsWelcome"/>) or the help page.</summary>
public sealed record HelpCardData(bool IsWelcome, string? UserName = null, string? UnitName = null);
