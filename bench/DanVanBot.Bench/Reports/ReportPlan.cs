using System.Globalization;
using DanVanBot.Bench.Province;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Bench.Reports;

/// <summary>
/// The province of <see cref="ProvincePlans"/> (3,000 units, "Sở Nội vụ" coordinating) with one plan of one duty that
/// every unit owes once: the biggest compliance card an office can ask for (3,000 units, one occurrence).
/// </summary>
public static class ReportPlan
{
    public const string Duty = "Báo cáo kết quả công tác dân vận chính quyền 6 tháng";

    public static ParsedPlan For(DateOnly dueOn)
    {
        var units = ProvincePlans.UnitNames.Select((name, i) => new PlanUnit(name, false, null, i == 0, false, [])).ToList();
        var label = string.Create(CultureInfo.InvariantCulture, $"{dueOn:dd/MM/yyyy}");
        var obligation = new PlanObligation(Duty, ObligationKind.Report, ProvincePlans.UnitNames.ToList(), ProvincePlans.Organisation,
            ProvincePlans.Coordinator, $"trước ngày {label}", new OneOffDeadline(dueOn), [new Occurrence(dueOn, null, null, label)],
            null, false, "III.1", [3]);
        return new ParsedPlan("99/KH-UBND", ProvincePlans.Organisation, "tỉnh Bến Lộc", dueOn.AddMonths(-2),
            "Triển khai báo cáo công tác dân vận chính quyền", new PlanPeriod(dueOn.Year, dueOn.Year), ProvincePlans.Coordinator,
            [], units, [], [obligation], ["KẾ HOẠCH 99/KH-UBND"]);
    }
}
