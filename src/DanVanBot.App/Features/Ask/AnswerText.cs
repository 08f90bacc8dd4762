using System.Globalization;
using System.Text;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Cards.Data;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// The command line's answer without --json: the card's heading and lines as plain text, the same grouping and the
/// same wording as in chat. Long lists stop at <see cref="MaxLines"/> with "… và N mục khác".
/// </summary>
internal static class AnswerText
{
    public const int MaxLines = 15;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(Answer answer, IReadOnlyList<AnswerLine> lines, DateOnly today)
    {
        switch (answer.Intent)
        {
            case QuestionIntent.Submit: return BotTexts.SubmitInTeams;
            case QuestionIntent.Help or QuestionIntent.Unknown: return BotTexts.Unknown;
            case QuestionIntent.Workdays: return answer.Workdays?.Reasoning ?? BotTexts.Unknown;
        }
        if (answer.NeedsUnit) return AskTexts.MissingNeedsUnit;
        var frame = AnswerCards.Frame(answer, today);
        var text = new StringBuilder();
        // A confirmation is answered yes or no first, as in chat; the list with the deadline and its source follows.
        if (ConfirmationText.Render(answer) is { } verdict) text.Append(verdict).Append('\n');
        text.Append(frame.Heading).Append(lines.Count > 0 ? ":" : string.Empty);
        if (frame.Note is { } note) text.Append('\n').Append(note);
        if (lines.Count == 0)
        {
            text.Append('\n').Append(frame.EmptyText);
            if (frame.NextDeadline is { } next) text.Append('\n').AppendFormat(Inv, AskTexts.NextDeadline, next.Description, next.DueDateText);
        }
        foreach (var line in lines.Take(MaxLines)) text.Append("\n- ").Append(Line(AnswerCards.Item(line, answer.Intent, today), line));
        if (lines.Count > MaxLines) text.Append('\n').AppendFormat(Inv, AskTexts.AndMore, lines.Count - MaxLines);
        return text.ToString();
    }

    private static string Line(AnswerListItem item, AnswerLine line)
    {
        var dates = line.Dates.Count > 0 ? DatePhrases.DateList(line.Dates) : item.Timing == DueTiming.Undated ? AskTexts.NoDeadline : null;
        var who = item.MissingUnits is { } missing ? string.Format(Inv, AskTexts.MissingUnits, missing) : item.Units;
        var details = string.Join("; ", new[] { item.Organisation, who, item.Reference }.Where(s => !string.IsNullOrEmpty(s)));
        var text = dates is null ? $"{item.Title} ({details})" : $"{dates} — {item.Title} ({details})";
        return item.DayOffNote is { } note ? $"{text} {note}" : text;
    }
}
