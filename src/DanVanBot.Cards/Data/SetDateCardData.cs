namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/set-date.json</c>. <see cref="DueDate"/> pre-fills the date input, so what the user picked is kept
/// when the card comes back with an <see cref="Error"/>.
/// </summary>
public sealed record SetDateCardData(
    string ObligationId,
    string Description,
    string? PlanReference = null,
    DateOnly? DueDate = null,
    string? Error = null);
