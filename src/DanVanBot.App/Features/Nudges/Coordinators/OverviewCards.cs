using System.Globalization;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>
/// Renders <c>cards/nudge-overview.json</c> under the Teams size limit (≈ 28 KB): the sections' lines are cut, halving
/// until the card fits, and the cut lines are counted in "… và n nhắc khác". Counts (the facts) are never cut.
/// </summary>
internal static class OverviewCards
{
    /// <summary>Lines per card before any size check: a card is read on a phone, not scrolled for minutes.</summary>
    public const int MaxLines = 60;

    public static Activity Build(NudgeOverviewCardData data, string summary, string andMore = CoordinatorNudgeTexts.AndMore) =>
        CardMessage.Create(CardNames.NudgeOverview, Fit(data, summary, andMore), summary);

    /// <summary>The data with as many lines as fit (the digest stores it so, and renders it again when it is sent).</summary>
    public static NudgeOverviewCardData Fit(NudgeOverviewCardData data, string summary, string andMore = CoordinatorNudgeTexts.AndMore)
    {
        var total = data.Sections.Sum(s => s.Lines.Count);
        for (var budget = Math.Min(total, MaxLines); ; budget /= 2)
        {
            var (sections, shown) = Cut(data.Sections, budget);
            var more = total > shown
                ? Join(data.More, string.Format(CultureInfo.InvariantCulture, andMore, total - shown))
                : data.More;
            var fitted = data with { Sections = sections, More = more };
            try
            {
                CardMessage.Create(CardNames.NudgeOverview, fitted, summary);
                return fitted;
            }
            catch (CardTooLargeException) when (budget > 0)
            {
                // Fewer lines; the counts above still say how many there are.
            }
        }
    }

    private static (IReadOnlyList<NudgeOverviewSection> Sections, int Shown) Cut(IReadOnlyList<NudgeOverviewSection> sections, int budget)
    {
        var result = new List<NudgeOverviewSection>();
        var shown = 0;
        foreach (var section in sections)
        {
            var take = Math.Min(section.Lines.Count, budget - shown);
            if (take <= 0 && section.Lines.Count > 0) break;
            result.Add(section with { Lines = section.Lines.Take(take).ToList() });
            shown += take;
        }
        return (result, shown);
    }

    private static string Join(string? first, string second) => string.IsNullOrEmpty(first) ? second : first + " " + second;
}
