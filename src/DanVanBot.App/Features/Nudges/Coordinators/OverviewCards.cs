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

    public static Activity Build(NudgeOverviewCardData data, string summary, string andMore = CoordinatorNudgeTexts.AndMore, int notListed = 0) =>
        CardMessage.Create(CardNames.NudgeOverview, Fit(data, summary, andMore, notListed), summary);

    /// <summary>
    /// The data with as many lines as fit (the digest stores it so, and renders it again when it is sent).
    /// <paramref name="notListed"/>: lines the caller did not even read (a province's thousands of failures), counted in "… và n".
    /// </summary>
    public static NudgeOverviewCardData Fit(
        NudgeOverviewCardData data, string summary, string andMore = CoordinatorNudgeTexts.AndMore, int notListed = 0)
    {
        var listed = data.Sections.Sum(s => s.Lines.Count);
        var total = listed + notListed;
        for (var budget = Math.Min(listed, MaxLines); ; budget /= 2)
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

    /// <summary>Lines shared out in turns, so a long first section (failures) never hides the next ones (unreached people, mutes).</summary>
    private static (IReadOnlyList<NudgeOverviewSection> Sections, int Shown) Cut(IReadOnlyList<NudgeOverviewSection> sections, int budget)
    {
        var take = new int[sections.Count];
        var shown = 0;
        for (var given = true; given && shown < budget;)
        {
            given = false;
            for (var i = 0; i < sections.Count && shown < budget; i++)
            {
                if (take[i] >= sections[i].Lines.Count) continue;
                take[i]++;
                shown++;
                given = true;
            }
        }
        var result = sections.Select((section, i) => section with { Lines = section.Lines.Take(take[i]).ToList() })
            .Where((section, i) => section.Lines.Count > 0 || sections[i].Lines.Count == 0).ToList();
        return (result, shown);
    }

    private static string Join(string? first, string second) => string.IsNullOrEmpty(first) ? second : first + " " + second;
}
