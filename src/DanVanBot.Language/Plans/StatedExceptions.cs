using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Exceptions a document states to its own schedule, applied to what its rules lay out:
/// "Riêng báo cáo tháng 12 không thực hiện riêng mà lồng ghép vào báo cáo năm" removes December's monthly report;
/// "nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp" moves a day that is not a working day (on Vietnam's
/// working calendar) to the next working day ("liền trước": to the one before).
/// </summary>
internal static partial class StatedExceptions
{
    private static readonly Lazy<VietnamWorkingCalendar> Calendar = new(() => new VietnamWorkingCalendar());

    public static IReadOnlyList<PlanObligation> Apply(IReadOnlyList<PlanObligation> obligations, IReadOnlyList<PlanParagraph> paragraphs)
    {
        var skippedMonths = new HashSet<int>();
        int? shift = null;
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Table is not null || !MayStateException(paragraph.Text)) continue;
            var folded = VietnameseText.Fold(paragraph.Text);
            foreach (Match match in SkippedMonthlyReport().Matches(folded))
                if (int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) is var month and >= 1 and <= 12) skippedMonths.Add(month);
            if (DayOffShift().Match(folded) is { Success: true } moved) shift = moved.Groups["back"].Success ? -1 : 1;
        }
        if (skippedMonths.Count == 0 && shift is null) return obligations;
        return [.. obligations.Select(o => o with { Occurrences = Adjusted(o, skippedMonths, shift) })];
    }

    private static IReadOnlyList<Occurrence> Adjusted(PlanObligation obligation, HashSet<int> skippedMonths, int? shift)
    {
        IEnumerable<Occurrence> occurrences = obligation.Occurrences;
        if (skippedMonths.Count > 0 && obligation.Rule is MonthlyDeadline && obligation.Kind == ObligationKind.Report)
            occurrences = occurrences.Where(o => o.LastDay is not { } day || !skippedMonths.Contains(day.Month));
        if (shift is { } direction)
            occurrences = occurrences.Select(o => o is { LastDay: { } day, WindowFrom: null } && InCalendar(day) && !Calendar.Value.IsWorkingDay(day)
                ? o with { LastDay = direction > 0 ? Calendar.Value.NextWorkingDayOnOrAfter(day) : Calendar.Value.LastWorkingDayOnOrBefore(day) }
                : o);
        return [.. occurrences];
    }

    private static bool InCalendar(DateOnly day) => day.Year is >= VietnamWorkingCalendar.MinYear and <= VietnamWorkingCalendar.MaxYear;

    private static bool MayStateException(string text) =>
        text.Contains("tháng", StringComparison.OrdinalIgnoreCase) || text.Contains("làm việc", StringComparison.OrdinalIgnoreCase);

    // "báo cáo tháng 12 không thực hiện (riêng)", "báo cáo tháng 12 … lồng ghép / tích hợp vào báo cáo năm"
    [GeneratedRegex(@"\bbao cao (?:dinh ky )?thang (?<m>\d{1,2})\b(?:(?! bao cao )[^.;]){0,40}?\b(?:khong (?:thuc hien|phai|gui|lam)|long ghep|tich hop|gop chung)", RegexOptions.CultureInvariant)]
    private static partial Regex SkippedMonthlyReport();

    // "trùng (vào) ngày nghỉ, ngày lễ thì chuyển sang ngày làm việc kế tiếp", "rơi vào thứ Bảy, Chủ nhật thì lùi sang…",
    // "… thì tiếp vào ngày làm việc liền kề tiếp theo": whatever the verb, the next (or previous) working day.
    [GeneratedRegex(@"\b(?:trung|roi vao)(?: vao)? (?:ngay nghi|ngay le|thu bay|chu nhat|ngay khong lam viec)[^.;]{0,80}?\bngay lam viec (?:(?<back>lien truoc|truoc do|ke truoc|lien ke truoc)|ke tiep|tiep theo|lien ke|ke sau|lien sau|sau do)", RegexOptions.CultureInvariant)]
    private static partial Regex DayOffShift();
}
