using System.Globalization;
using System.Text;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// Answers as short Markdown text: tasks, search and missing reports in chat, and every intent on the
/// command line (without --json). Long lists stop at <see cref="MaxLines"/> with "… và N mục khác".
/// </summary>
internal static class AnswerText
{
    public const int MaxLines = 15;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(Answer answer, DateOnly today)
    {
        if (answer.NotAllowed) return BotTexts.MissingNotAllowed;
        var label = answer.Window is { } window ? PeriodLabel.Describe(window, today) : string.Empty;
        return answer.Intent switch
        {
            QuestionIntent.Due or QuestionIntent.Deadline => Due(answer, label),
            QuestionIntent.Tasks => Tasks(answer),
            QuestionIntent.Search => List(answer, answer.Items.Count == 0 ? BotTexts.SearchNone : string.Format(Inv, BotTexts.SearchHeading, answer.Items.Count), Plan),
            QuestionIntent.Missing => List(answer, string.Format(Inv, answer.Items.Count == 0 ? BotTexts.MissingNone : BotTexts.MissingHeading, label), Dated),
            QuestionIntent.Submit => BotTexts.SubmitInTeams,
            _ => BotTexts.Unknown,
        };
    }

    private static string Due(Answer answer, string label)
    {
        if (answer.Items.Count > 0) return List(answer, string.Format(Inv, BotTexts.DueSummary, label) + ":", Dated);
        var text = string.Format(Inv, BotTexts.DueNone, label);
        return answer.NextDeadline is { } next ? text + "\n" + string.Format(Inv, BotTexts.DueNext, Dated(next)) : text;
    }

    private static string Tasks(Answer answer)
    {
        if (answer.UnitNames.Count == 0)
            return answer.UnitMention is { } named ? string.Format(Inv, BotTexts.TasksUnitNotFound, named) : BotTexts.TasksNeedUnit;
        var units = string.Join(", ", answer.UnitNames);
        return answer.Items.Count == 0
            ? string.Format(Inv, BotTexts.TasksNone, units)
            : List(answer, string.Format(Inv, BotTexts.TasksHeading, units), Dated);
    }

    private static string List(Answer answer, string heading, Func<AnswerItem, string> line)
    {
        var text = new StringBuilder(heading);
        foreach (var item in answer.Items.Take(MaxLines)) text.Append("\n- ").Append(line(item));
        if (answer.Items.Count > MaxLines) text.Append('\n').AppendFormat(Inv, BotTexts.AndMore, answer.Items.Count - MaxLines);
        return text.ToString();
    }

    private static string Dated(AnswerItem item)
    {
        var day = item.DueOn is { } due ? PeriodLabel.Date(due) : BotTexts.NoDeadline;
        var plan = item.PlanNumber ?? BotTexts.PlanWithoutNumber;
        return $"{day} — {DueListPages.Shorten(item.Description)} ({item.UnitText}; KH {plan})";
    }

    private static string Plan(AnswerItem item) =>
        $"{item.PlanNumber ?? BotTexts.PlanWithoutNumber} — {item.Description} ({item.UnitText})";
}
