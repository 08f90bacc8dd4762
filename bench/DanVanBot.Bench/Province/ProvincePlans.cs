using System.Globalization;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Bench.Province;

/// <summary>
/// A province's yearly plans, generated as the parser would produce them: 3,000 units (departments, districts,
/// communes, schools), and for each year 2022–2026 a plan of 24 duties (quarterly, monthly, yearly and one-off
/// reports) each owed by a rotating slice of 600 units. About 540 occurrences and 320,000 (occurrence, unit) pairs.
/// </summary>
public static class ProvincePlans
{
    public const string Organisation = "UBND tỉnh Bến Lộc";
    public const string Coordinator = "Sở Nội vụ";
    public const int UnitCount = 3000;
    public const int FirstYear = 2022;
    public const int LastYear = 2026;
    public const int DutiesPerPlan = 24;
    public const int UnitsPerDuty = 600;

    public static IReadOnlyList<string> UnitNames { get; } = Enumerable.Range(0, UnitCount).Select(UnitName).ToList();

    public static IEnumerable<ParsedPlan> All() =>
        Enumerable.Range(FirstYear, LastYear - FirstYear + 1).Select(Plan);

    private static string UnitName(int i) => i switch
    {
        0 => Coordinator,
        < 40 => $"Sở ngành số {i}",
        < 160 => $"UBND huyện {i - 39}",
        < 2400 => $"UBND xã {i - 159}",
        _ => $"Trường THCS {i - 2399}",
    };

    private static ParsedPlan Plan(int year)
    {
        var units = UnitNames.Select((name, i) => new PlanUnit(name, false, null, i == 0, false, [])).ToList();
        var obligations = Enumerable.Range(0, DutiesPerPlan).Select(i => Duty(year, i)).ToList();
        var number = string.Create(CultureInfo.InvariantCulture, $"{10 + year - FirstYear}/KH-UBND");
        return new ParsedPlan(number, Organisation, "tỉnh Bến Lộc", new DateOnly(year, 1, 15),
            $"Triển khai công tác dân vận chính quyền năm {year}", new PlanPeriod(year, year), Coordinator,
            [], units, [], obligations, [$"KẾ HOẠCH {number}", $"Triển khai công tác dân vận chính quyền năm {year}"]);
    }

    private static PlanObligation Duty(int year, int i)
    {
        var start = (i * 125 + year * 37) % UnitCount;
        var owing = Enumerable.Range(0, UnitsPerDuty).Select(k => UnitNames[(start + k) % UnitCount]).ToList();
        var (rule, occurrences, phrase) = (i % 4) switch
        {
            0 => ((DeadlineRule)new QuarterlyDeadline(15),
                Enumerable.Range(1, 4).Select(q => Day(new DateOnly(year, q * 3, 15), $"Quý {q}/{year}")).ToList(),
                "giữa tháng cuối quý"),
            1 => (new MonthlyDeadline(20),
                Enumerable.Range(1, 12).Select(m => Day(new DateOnly(year, m, 20), $"Tháng {m}/{year}")).ToList(),
                "trước ngày 20 hằng tháng"),
            2 => (new YearlyDeadline(11, 30), [Day(new DateOnly(year, 11, 30), $"Năm {year}")], "trước ngày 30/11 hằng năm"),
            _ => (new OneOffDeadline(new DateOnly(year, 1 + i % 12, 10)),
                [Day(new DateOnly(year, 1 + i % 12, 10), $"{10:00}/{1 + i % 12:00}/{year}")], $"trước ngày 10/{1 + i % 12}/{year}"),
        };
        var description = $"Báo cáo kết quả thực hiện nhiệm vụ {i + 1} về công tác dân vận chính quyền";
        return new PlanObligation(description, ObligationKind.Report, owing, Organisation, Coordinator, phrase, rule,
            occurrences, null, false, $"III.{i + 1}", [i + 3]);
    }

    private static Occurrence Day(DateOnly lastDay, string label) => new(lastDay, null, null, label);
}
