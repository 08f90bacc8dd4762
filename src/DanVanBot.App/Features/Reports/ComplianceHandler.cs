using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Features.Reports;

/// <summary>
/// "Đơn vị nào chưa nộp?", "tổng hợp quý 3", "tình hình nộp báo cáo quý 3" from a coordinator: for each occurrence of
/// their own organisations due in the period, who reported on time, late, or not at all. A period without deadlines is
/// said to be one, with the nearest deadlines before and after it: never "every unit has reported".
/// </summary>
internal sealed class ComplianceHandler(TurnQuestion question, IReportCompliance compliance, TimeProvider clock) : IFeatureHandler
{
    /// <summary>With no period named: deadlines of the last 30 days and the next 30, where follow-up happens.</summary>
    public const int DefaultSpanDays = 30;

    private static readonly string[] Phrases = ["tong hop", "tinh hinh nop", "tinh hinh bao cao"];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, Phrases);

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var today = VietnamTime.Today(clock);
        var window = question.For(turn).Window ?? new DateWindow(today.AddDays(-DefaultSpanDays), today.AddDays(DefaultSpanDays));

        var found = new List<OccurrenceCompliance>();
        foreach (var organisationId in user.CoordinatedOrganisations)
            found.AddRange(await compliance.ForPeriodAsync(organisationId, window, today, cancellationToken: turn.CancellationToken));
        found = found.OrderBy(o => o.Occurrence.DueOn).ThenBy(o => o.Occurrence.Description, StringComparer.Ordinal).ToList();

        NearestDeadlines? nearest = null;
        if (found.Count == 0)
        {
            var sides = new List<NearestDeadlines>();
            foreach (var organisationId in user.CoordinatedOrganisations)
                sides.Add(await compliance.NearestAsync(organisationId, window, turn.CancellationToken));
            nearest = new NearestDeadlines(
                sides.Select(s => s.Previous).OfType<ComplianceOccurrence>().MaxBy(p => p.DueOn),
                sides.Select(s => s.Next).OfType<ComplianceOccurrence>().MinBy(n => n.DueOn));
        }
        await turn.ReplyAsync(ComplianceCards.Build(PeriodLabel.Describe(window, today), found, nearest));
    }
}
