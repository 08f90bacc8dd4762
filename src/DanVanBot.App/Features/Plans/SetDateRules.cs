using System.Globalization;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Imports;

namespace DanVanBot.App.Features.Plans;

/// <summary>The checked date, or the problem with the input in words the user understands.</summary>
internal sealed record DateCheck(DateOnly? Date, string? Problem);

/// <summary>
/// What a coordinator may set as a deadline: a real date (yyyy-MM-dd from the date picker; dd/MM/yyyy typed
/// by hand on clients without one), inside the plan's period, and not already past — a deadline in the past
/// could never be reminded of nor met.
/// </summary>
internal static class SetDateRules
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static DateCheck Check(string? input, OccurrenceForDating occurrence, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(input)) return new(null, PlanTexts.DateMissing);
        if (!DateOnly.TryParseExact(input.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new(null, string.Format(PlanTexts.DateInvalid, input.Trim()));

        var first = new DateOnly(occurrence.PeriodFromYear, 1, 1);
        var last = new DateOnly(occurrence.PeriodToYear, 12, 31);
        if (date < first || date > last)
            return new(date, string.Format(PlanTexts.DateOutsidePeriod, VietnameseDates.Date(date), VietnameseDates.Date(first), VietnameseDates.Date(last)));
        if (date < today)
            return new(date, string.Format(PlanTexts.DateInPast, VietnameseDates.Date(date), VietnameseDates.Date(today)));
        return new(date, null);
    }
}
