using DanVanBot.Domain.Time;

namespace DanVanBot.Language.Questions;

/// <summary>
/// A chat message understood. <see cref="Window"/> is the period asked about (inclusive days);
/// for <see cref="QuestionIntent.Due"/> it is never null (no time expression means the next 30 days).
/// <see cref="UnitMention"/> is the folded name of a unit the message names ("phong noi vu");
/// null means the asker's own unit or none. <see cref="Year"/> is a calendar year the message names
/// (explicitly or as "năm nay/sau/ngoái"). <see cref="Keywords"/> are the leftover content words,
/// folded, grouped into phrases ("quy che dan chu"). <see cref="Normalized"/> is the folded,
/// expanded, typo-corrected token text the rules ran on.
/// </summary>
public sealed record Question(
    QuestionIntent Intent,
    DateWindow? Window,
    ReportPeriodKind? Report,
    int? Quarter,
    string? UnitMention,
    string? PlanNumber,
    int? Year,
    IReadOnlyList<string> Keywords,
    string Normalized);
