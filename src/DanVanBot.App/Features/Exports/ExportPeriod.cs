using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Domain.Time;

namespace DanVanBot.App.Features.Exports;

/// <summary>
/// The period an export covers: deadlines whose last day falls in <see cref="Window"/>. <see cref="Title"/> completes
/// the report's summary ("Kết quả thực hiện công tác dân vận chính quyền quý III năm 2026").
/// </summary>
internal sealed partial record ExportPeriod(DateWindow Window)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Roman = ["I", "II", "III", "IV"];

    /// <summary>"2026-Q3", "2026-H1", "2026" (the command line's names); null when the text is none of them.</summary>
    public static ExportPeriod? Parse(string? text)
    {
        var match = PeriodPattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success) return null;
        var year = int.Parse(match.Groups["year"].Value, Inv);
        if (year is < 2000 or > 2100) return null;
        var part = match.Groups["part"].Value.ToUpperInvariant();
        var number = part.Length == 0 ? 0 : part[1] - '0';
        return part switch
        {
            "" => Months(year, 1, 12),
            ['Q', _] when number is >= 1 and <= 4 => Months(year, (number - 1) * 3 + 1, 3),
            ['H', _] when number is 1 or 2 => Months(year, number == 1 ? 1 : 7, 6),
            _ => null,
        };
    }

    /// <summary>"quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026", "tháng 4 năm 2022", or the two dates.</summary>
    public string Title
    {
        get
        {
            var (from, to) = (Window.From, Window.To);
            if (IsWholeMonths(12) && from.Month == 1) return $"năm {from.Year}";
            if (IsWholeMonths(6) && from.Month is 1 or 7) return $"6 tháng {(from.Month == 1 ? "đầu" : "cuối")} năm {from.Year}";
            if (IsWholeMonths(9) && from.Month == 1) return $"9 tháng năm {from.Year}";
            if (IsWholeMonths(3) && (from.Month - 1) % 3 == 0) return $"quý {Roman[(from.Month - 1) / 3]} năm {from.Year}";
            if (IsWholeMonths(1)) return $"tháng {from.Month} năm {from.Year}";
            return $"từ ngày {from.ToString("dd/MM/yyyy", Inv)} đến ngày {to.ToString("dd/MM/yyyy", Inv)}";
        }
    }

    /// <summary>A file name without diacritics or spaces: "2026-07-01_2026-09-30".</summary>
    public string FileStem => $"{Window.From.ToString("yyyy-MM-dd", Inv)}_{Window.To.ToString("yyyy-MM-dd", Inv)}";

    private bool IsWholeMonths(int months) => Window.From.Day == 1 && Window.From.AddMonths(months).AddDays(-1) == Window.To;

    private static ExportPeriod Months(int year, int firstMonth, int count)
    {
        var from = new DateOnly(year, firstMonth, 1);
        return new ExportPeriod(new DateWindow(from, from.AddMonths(count).AddDays(-1)));
    }

    [GeneratedRegex(@"^(?<year>\d{4})(-(?<part>[QqHh]\d))?$")]
    private static partial Regex PeriodPattern();
}
