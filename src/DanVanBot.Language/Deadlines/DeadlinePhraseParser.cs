using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Finds deadline phrases in one sentence or bullet of a Vietnamese plan. Case, diacritics, line breaks,
/// non-breaking spaces and footnote markers do not matter; dates of cited documents, of the plan itself,
/// anniversaries and periods ("giai đoạn 2021 – 2030") are not deadlines and are never returned.
/// </summary>
public static class DeadlinePhraseParser
{
    /// <summary>All deadline phrases in <paramref name="sentence"/>, in text order, non-overlapping.</summary>
    public static IReadOnlyList<DeadlineMatch> FindAll(string sentence, PlanPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (string.IsNullOrWhiteSpace(sentence)) return [];
        throw new NotImplementedException("Deadline grammar is being written.");
    }

    /// <summary>The cadence(s) of the reports the sentence names ("báo cáo 6 tháng", "báo cáo quý", "báo cáo năm"), or null.</summary>
    public static Cadence? FindReportCadence(string sentence)
    {
        if (string.IsNullOrWhiteSpace(sentence)) return null;
        throw new NotImplementedException("Deadline grammar is being written.");
    }
}
