namespace DanVanBot.Cards.Data;

/// <summary>
/// Data for <c>cards/help.json</c>: the welcome message on install (<see cref="IsWelcome"/>) or the help page.
/// <see cref="Topics"/> are the features that work for this user, one line each; <see cref="Buttons"/> send an example
/// question as if typed.
/// </summary>
public sealed record HelpCardData(
    bool IsWelcome,
    IReadOnlyList<HelpTopicLine> Topics,
    IReadOnlyList<HelpButton> Buttons,
    string? UserName = null,
    string? UnitName = null);

/// <summary>"**Hỏi hạn báo cáo**: “tháng này có gì đến hạn?”".</summary>
public sealed record HelpTopicLine(string Title, string Text);

/// <summary>A button that sends <see cref="Question"/> as the user's message (imBack); <see cref="Title"/> is short to fit a phone.</summary>
public sealed record HelpButton(string Title, string Question);
