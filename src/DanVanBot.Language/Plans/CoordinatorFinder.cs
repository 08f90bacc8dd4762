using DanVanBot.Domain.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Finds the unit that follows up and consolidates (đầu mối): the one the plan calls "đầu mối" or "cơ quan thường
/// trực"; else the office
/// reports are routed through most often ("qua Phòng Nội vụ"); else the unit told to "theo dõi, kiểm tra, đôn đốc".
/// Its name differs by plan and by era (Phòng Nội vụ, Cơ quan Tổ chức - Nội vụ, Văn phòng - Thống kê, Phòng Văn hóa -
/// Xã hội), so it is read from the text, never assumed.
/// </summary>
internal static class CoordinatorFinder
{
    public static string? Find(IReadOnlyList<UnitMention> units, IReadOnlyList<DutyScope> scopes, IEnumerable<string> bodyParagraphs)
    {
        var singleUnitScopes = scopes.Where(s => s.Units.Count == 1).ToList();
        var named = singleUnitScopes.FirstOrDefault(s => Says(s, "dau moi") || Says(s, "co quan thuong truc"));
        if (named is not null) return named.Units[0];

        var routes = bodyParagraphs
            .SelectMany(DutyText.Sentences)
            .Select(DutyText.Via)
            .OfType<string>()
            .GroupBy(VietnameseText.Fold)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .ToList();
        // By folded name, first mention first: routes × units comparisons would be quadratic in a long document.
        var unitsByName = new Dictionary<string, UnitMention>(StringComparer.Ordinal);
        foreach (var unit in units) unitsByName.TryAdd(VietnameseText.Fold(unit.Name), unit);
        foreach (var route in routes)
        {
            if (unitsByName.TryGetValue(VietnameseText.Fold(route), out var unit)) return unit.Name;
        }
        if (routes.Count > 0) return routes[0];

        var follower = singleUnitScopes.FirstOrDefault(s => Says(s, "theo doi, kiem tra, don doc"));
        return follower?.Units[0];
    }

    public static IReadOnlyList<PlanUnit> Units(IReadOnlyList<UnitMention> mentions, string? coordinator) =>
        mentions.Select(mention =>
        {
            var (isGroup, size) = UnitNames.GroupOf(mention.Name);
            return new PlanUnit(
                mention.Name,
                isGroup,
                size,
                coordinator is not null && UnitNames.SameUnit(mention.Name, coordinator),
                UnitNames.IsRequestOnly(mention.Heading, mention.Name),
                mention.Lines);
        }).ToList();

    private static bool Says(DutyScope scope, string foldedWords) =>
        scope.Paragraphs.Any(p => VietnameseText.Fold(p.Text).Contains(foldedWords, StringComparison.Ordinal));
}
