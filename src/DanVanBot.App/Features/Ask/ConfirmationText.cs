using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Cards.Data;

namespace DanVanBot.App.Features.Ask;

/// <summary>
/// "Đúng. Hạn cuối của “Báo cáo 6 tháng” là Thứ Ba, 09/06/2026 (KH 40/KH-UBND, mục III.2)." — or why not. The plan is
/// named as in every list answer, and a last day that is not a working day gets the same note as there.
/// </summary>
internal static class ConfirmationText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Null when the answer is not to a confirmation.</summary>
    public static string? Render(Answer answer)
    {
        if (answer.Confirmation is not { } verdict) return null;
        var claimed = verdict.ClaimedDay is { } day ? VietnameseDates.WeekdayAndDate(day)
            : verdict.ClaimedPeriod is { } period ? string.Format(Inv, AskTexts.ClaimedPeriod, PeriodLabel.Range(period)) : string.Empty;
        if (verdict.Actual is not { DueOn: { } due } actual) return string.Format(Inv, AskTexts.ConfirmUnknown, claimed);
        var name = AnswerCards.Shorten(actual.Description);
        var source = PlanReference.Of(verdict.Plan, actual.PlanNumber, actual.Section);
        var sentence = verdict.Correct
            ? string.Format(Inv, AskTexts.ConfirmYes, name, VietnameseDates.WeekdayAndDate(due), source)
            : string.Format(Inv, AskTexts.ConfirmNo, name, VietnameseDates.WeekdayAndDate(due), source, claimed);
        return actual.LastWorkingDayBefore is { } submitBy
            ? sentence + " " + DatePhrases.DayOffNote(due, submitBy, actual.IsHoliday)
            : sentence;
    }
}
