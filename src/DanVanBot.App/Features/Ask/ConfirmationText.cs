using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Cards.Data;

namespace DanVanBot.App.Features.Ask;

/// <summary>"Đúng. Hạn cuối của “Báo cáo 6 tháng” là Thứ Ba, 09/06/2026 (KH 40/KH-UBND, mục III.2)." — or why not.</summary>
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
        var name = DueListPages.Shorten(actual.Description);
        var source = actual.Section is { } section
            ? string.Format(Inv, AskTexts.ConfirmSource, actual.PlanNumber ?? BotTexts.PlanWithoutNumber, section)
            : string.Format(Inv, AskTexts.ConfirmSourceNoSection, actual.PlanNumber ?? BotTexts.PlanWithoutNumber);
        return verdict.Correct
            ? string.Format(Inv, AskTexts.ConfirmYes, name, VietnameseDates.WeekdayAndDate(due), source)
            : string.Format(Inv, AskTexts.ConfirmNo, name, VietnameseDates.WeekdayAndDate(due), source, claimed);
    }
}
