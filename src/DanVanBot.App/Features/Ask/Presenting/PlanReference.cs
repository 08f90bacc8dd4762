using System.Globalization;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Plans;

namespace DanVanBot.App.Features.Ask.Presenting;

/// <summary>
/// How an answer names a plan: by its number ("KH 102/KH-UBND-NV, mục III.2"), else by issuer and date ("KH của UBND
/// xã Tân Hòa ngày 05/01/2025"), else by issuer and period ("KH của UBND quận Ba Đình (năm 2025)"): never "chưa có số".
/// </summary>
internal static class PlanReference
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Of(PlanSummary? plan, string? number, string? section)
    {
        var name = !string.IsNullOrWhiteSpace(number) ? string.Format(Inv, AskTexts.PlanNumbered, number)
            : plan is null ? AskTexts.PlanUnknown
            : plan.IssuedOn is { } issued ? string.Format(Inv, AskTexts.PlanByIssuerAndDate, plan.OrganisationName, VietnameseDates.Date(issued))
            : string.Format(Inv, AskTexts.PlanByIssuerAndPeriod, plan.OrganisationName, Period(plan));
        return string.IsNullOrWhiteSpace(section) ? name : string.Format(Inv, AskTexts.PlanSection, name, section);
    }

    private static string Period(PlanSummary plan) => plan.PeriodFromYear == plan.PeriodToYear
        ? string.Format(Inv, AskTexts.PlanYear, plan.PeriodFromYear)
        : string.Format(Inv, AskTexts.PlanYears, plan.PeriodFromYear, plan.PeriodToYear);
}
