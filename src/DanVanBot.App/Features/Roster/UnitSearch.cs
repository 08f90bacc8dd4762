using System.Collections.Concurrent;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Roster;

/// <summary>A unit found by name, with its organisation's name for display.</summary>
internal sealed record UnitHit(UnitInfo Unit, string OrganisationName, int Score);

/// <summary>
/// Finds units by what people type: with or without diacritics, in any case, by words or word beginnings
/// ("noi vu", "phong n v") or initials ("pnv"), and by unit and organisation together ("noi vu ba dinh" finds
/// "Phòng Nội vụ — UBND quận Ba Đình", as officials type on a phone). Folded names are kept per organisation for a minute, so a search
/// over a province's 3,000 units compares prepared keys and reads nothing.
/// </summary>
internal sealed class UnitSearch(IOrganisationStore organisations, TimeProvider clock)
{
    public const int MaxResults = 10;
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, (DateTimeOffset At, IReadOnlyList<Prepared> Units)> cache = new();
    private (DateTimeOffset At, IReadOnlyDictionary<Guid, string> Names)? organisationNames;

    public async Task<IReadOnlyList<UnitHit>> SearchAsync(IReadOnlyList<Guid> organisationIds, string? query, CancellationToken cancellationToken)
    {
        var key = NameMatch.Key(query);
        if (key.Length < 2) return [];
        var words = key.Split(' ');
        var names = await OrganisationNamesAsync(cancellationToken);
        var hits = new List<UnitHit>();
        foreach (var organisationId in organisationIds)
        {
            var organisationWords = NameMatch.Key(names.GetValueOrDefault(organisationId, "")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var unit in await UnitsAsync(organisationId, cancellationToken))
            {
                var score = Score(unit, key, words, organisationWords);
                if (score > 0) hits.Add(new UnitHit(unit.Unit, names.GetValueOrDefault(organisationId, ""), score));
            }
        }
        return hits.OrderByDescending(h => h.Score).ThenBy(h => h.Unit.Name.Length).ThenBy(h => h.Unit.Name, StringComparer.Ordinal)
            .Take(MaxResults).ToList();
    }

    /// <summary>The unit when it belongs to one of the organisations (a submitted id is never trusted otherwise).</summary>
    public async Task<UnitHit?> FindAsync(IReadOnlyList<Guid> organisationIds, Guid unitId, CancellationToken cancellationToken)
    {
        var unit = await organisations.FindUnitAsync(unitId, cancellationToken);
        if (unit is null || !organisationIds.Contains(unit.OrganisationId)) return null;
        return new UnitHit(unit, (await OrganisationNamesAsync(cancellationToken)).GetValueOrDefault(unit.OrganisationId, ""), 0);
    }

    private static int Score(Prepared unit, string key, string[] words, string[] organisationWords)
    {
        if (unit.Key == key) return 100;
        if (unit.Key.StartsWith(key, StringComparison.Ordinal)) return 80;
        if (unit.Initials == key.Replace(" ", "", StringComparison.Ordinal)) return 70;
        if (words.All(w => unit.Words.Any(u => u.StartsWith(w, StringComparison.Ordinal)))) return 60;
        if (unit.Key.Contains(key, StringComparison.Ordinal)) return 40;
        // Unit and organisation named together: every word begins a word of one or the other, and at least one the unit's.
        return words.Any(w => unit.Words.Any(u => u.StartsWith(w, StringComparison.Ordinal)))
            && words.All(w => unit.Words.Concat(organisationWords).Any(u => u.StartsWith(w, StringComparison.Ordinal))) ? 30 : 0;
    }

    private async Task<IReadOnlyList<Prepared>> UnitsAsync(Guid organisationId, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(organisationId, out var cached) && clock.GetUtcNow() - cached.At < KeepFor) return cached.Units;
        var units = (await organisations.ListUnitsAsync(organisationId, cancellationToken)).Select(Prepared.From).ToList();
        cache[organisationId] = (clock.GetUtcNow(), units);
        return units;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(CancellationToken cancellationToken)
    {
        if (organisationNames is { } cached && clock.GetUtcNow() - cached.At < KeepFor) return cached.Names;
        var names = (await organisations.ListOrganisationsAsync(cancellationToken)).ToDictionary(o => o.Id, o => o.Name);
        organisationNames = (clock.GetUtcNow(), names);
        return names;
    }

    private sealed record Prepared(UnitInfo Unit, string Key, string[] Words, string Initials)
    {
        public static Prepared From(UnitInfo unit)
        {
            var key = NameMatch.Key(unit.Name);
            var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return new Prepared(unit, key, words, string.Concat(words.Select(w => w[0])));
        }
    }
}
