namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/nudge-overview.json</c>, the coordinators' views of reminders: the delivery view ("tình hình gửi
/// nhắc"), the preview of "nhắc các đơn vị chưa nộp" (with "Gửi nhắc"/"Hủy" when <see cref="SendOccurrenceId"/> is set,
/// or one button per occurrence in <see cref="Choices"/>), and the Monday digest. Texts are ready to show.
/// </summary>
public sealed record NudgeOverviewCardData(
    string Title,
    string? Subtitle,
    IReadOnlyList<NudgeOverviewFact> Facts,
    IReadOnlyList<NudgeOverviewSection> Sections,
    string? More = null,
    string? SendOccurrenceId = null,
    IReadOnlyList<NudgeOverviewChoice>? Choices = null,
    string? StatusText = null);

public sealed record NudgeOverviewFact(string Title, string Value);

public sealed record NudgeOverviewSection(string Heading, IReadOnlyList<NudgeOverviewLine> Lines);

public sealed record NudgeOverviewLine(string Text);

/// <summary>A button opening the preview of one occurrence ("Báo cáo 6 tháng — 30/04/2022").</summary>
public sealed record NudgeOverviewChoice(string OccurrenceId, string Title);
