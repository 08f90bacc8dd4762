using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Profiles;

/// <summary>
/// The choices of the unit-picker card (every organisation's units, or those a search names) and the check of a
/// submitted choice. The search folds diacritics and punctuation: "noi vu ba dinh" finds "Phòng Nội vụ — UBND quận Ba
/// Đình", as officials type on a phone.
/// </summary>
internal sealed class UnitPicker(IOrganisationStore organisations)
{
    /// <summary>Keeps the card well under the 28 KB message limit even for a large organisation list.</summary>
    public const int MaxChoices = 200;

    public async Task<UnitPickerCardData> CardDataAsync(
        string? selectedUnitId, string? error, CancellationToken cancellationToken, string? query = null)
    {
        var choices = new List<UnitChoice>();
        foreach (var organisation in await organisations.ListOrganisationsAsync(cancellationToken))
        {
            foreach (var unit in await organisations.ListUnitsAsync(organisation.Id, cancellationToken))
                choices.Add(new UnitChoice(unit.Id.ToString(), unit.Name, organisation.Name));
        }
        if (!string.IsNullOrWhiteSpace(query))
        {
            var found = choices.Where(c => NameMatch.ContainsWords(c.Name + " " + c.Organisation, query)).ToList();
            if (found.Count == 0) error ??= string.Format(System.Globalization.CultureInfo.InvariantCulture, BotTexts.UnitSearchNone, query.Trim());
            else choices = found;
        }
        return new UnitPickerCardData(choices.Take(MaxChoices).ToList(), selectedUnitId, error, string.IsNullOrWhiteSpace(query) ? null : query.Trim());
    }

    /// <summary>The unit a submitted value names, or null when it is empty, malformed or unknown.</summary>
    public async Task<UnitInfo?> FindChoiceAsync(string? value, CancellationToken cancellationToken) =>
        Guid.TryParse(value, out var id) ? await organisations.FindUnitAsync(id, cancellationToken) : null;
}
