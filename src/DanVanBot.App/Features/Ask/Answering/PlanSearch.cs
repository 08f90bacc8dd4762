using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// "Tìm kế hoạch 102/KH-UBND-NV", "kế hoạch năm 2025", "kế hoạch quy chế dân chủ": plans by number,
/// year (the plan's period covers it) and keywords (every word of a phrase in the title or issuer).
/// </summary>
internal sealed class PlanSearch(IPlanCatalog catalog)
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var plans = await catalog.ListPlansAsync(cancellationToken);
        var found = plans.Where(p => Matches(p, question)).ToList();
        var items = found.Select(p => new AnswerItem(p.PlanId, p.PlanId, p.Title, [p.OrganisationName], null, p.Number, p.Title, null)).ToList();
        return new Answer(QuestionIntent.Search, question.Window, items) { Plans = found };
    }

    public static bool Matches(PlanSummary plan, Question question)
    {
        if (question.PlanNumber is { } number && !NumberMatches(plan.Number, number)) return false;
        if (question.Year is { } year && (year < plan.PeriodFromYear || year > plan.PeriodToYear)) return false;
        var haystack = plan.Title + " " + plan.OrganisationName;
        return question.Keywords.All(k => NameMatch.ContainsWords(haystack, k));
    }

    /// <summary>"102" finds "102/KH-UBND-NV"; "102/KH-UBND" finds it too; "10" does not.</summary>
    private static bool NumberMatches(string? planNumber, string asked)
    {
        if (string.IsNullOrWhiteSpace(planNumber)) return false;
        var (stored, wanted) = (NameMatch.Key(planNumber), NameMatch.Key(asked));
        return stored == wanted || stored.StartsWith(wanted + " ", StringComparison.Ordinal);
    }
}
