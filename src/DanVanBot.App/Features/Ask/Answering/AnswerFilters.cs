using DanVanBot.Domain.Plans;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Answering;

/// <summary>
/// Which occurrences a question is about beyond its window: an activity it names ("đoàn kiểm tra", "hội nghị đối
/// thoại": every word in the duty's text; "hoạt động" alone: any activity rather than a report).
/// </summary>
internal static class AnswerFilters
{
    /// <summary>Null when the question names no activity: every occurrence is kept.</summary>
    public static Func<DueOccurrence, bool>? Activity(Question question)
    {
        if (question.Activity is not { } activity) return null;
        if (activity is "hoat dong" or "su kien") return d => d.Kind == ObligationKind.Activity;
        return d => NameMatch.ContainsWords(d.Label + " " + d.Description, activity);
    }

    /// <summary>Both filters when both are given.</summary>
    public static Func<DueOccurrence, bool>? Both(Func<DueOccurrence, bool>? first, Func<DueOccurrence, bool>? second) =>
        first is null ? second : second is null ? first : d => first(d) && second(d);
}
