using DanVanBot.App.Features.Ask.Answering;

namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>
/// What one line of an answer shows: one duty (or plan) however many occurrences or units it has, its dates grouped.
/// <see cref="Focus"/> is the occurrence the line's status speaks of: the next one due, else the last.
/// <see cref="Organisation"/> is set only when the answer spans several organisations.
/// </summary>
internal sealed record AnswerLine(
    string Title,
    string Reference,
    string? Organisation,
    IReadOnlyList<string> Units,
    IReadOnlyList<DateOnly> Dates,
    AnswerItem Focus);
