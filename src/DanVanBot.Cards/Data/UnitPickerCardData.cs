namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/unit-picker.json</c>. <see cref="SelectedUnitId"/> keeps the user's choice when the card is shown
/// again with an <see cref="Error"/>; <see cref="Query"/> keeps what the user searched for ("noi vu ba dinh"), the
/// <see cref="Units"/> being the matches.
/// </summary>
public sealed record UnitPickerCardData(
    IReadOnlyList<UnitChoice> Units, string? SelectedUnitId = null, string? Error = null, string? Query = null);

/// <summary>One choice, shown as "Unit — Organisation"; the submitted value is <see cref="Id"/>.</summary>
public sealed record UnitChoice(string Id, string Name, string? Organisation = null);
