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
    public static string Of(PlanSummary? plan, string? number, string? section)
    {
        var name = !string.IsNullOrWhiteSpace(number) ? "KH " + number
            : plan is null ? "KH (không rõ số)"
            : plan.IssuedOn is { } issued ? $"KH của {plan.OrganisationName} ngày {VietnameseDates.Date(issued)}"
            : $"KH của {plan.OrganisationName} ({Period(plan)})";
        return string.IsNullOrWhiteSpace(section) ? name : $"{name}, mục {section}";
    }

    private static string Period(PlanSummary plan) => plan.PeriodFromYear == plan.PeriodToYear
        ? string.Create(CultureInfo.InvariantCulture, $"năm {plan.PeriodFromYear}")
        : string.Create(CultureInfo.InvariantCulture, $"giai đoạn {plan.PeriodFromYear}–{plan.PeriodToYear}");
}
