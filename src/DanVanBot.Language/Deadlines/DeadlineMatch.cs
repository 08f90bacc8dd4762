using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Deadlines;

/// <summary>
/// A deadline phrase found in a sentence. <paramref name="Phrase"/> is the verbatim text (original case, diacritics,
/// line breaks) at <paramref name="Start"/>/<paramref name="Length"/> of the sentence passed to the parser.
/// <paramref name="ReportCadence"/> is the report the phrase belongs to when the sentence says so right before it
/// ("định kỳ 6 tháng (trước ngày 15/6/2023), năm (trước ngày 15/11/2023)" → SixMonthly, then Yearly); null if unknown.
/// </summary>
public sealed record DeadlineMatch(DeadlineRule Rule, string Phrase, int Start, int Length, Cadence? ReportCadence = null);
