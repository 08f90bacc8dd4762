using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Storage.Tests.Infrastructure;

/// <summary>
/// Parsed plans shaped like the samples in data/plans (domain.md's expected extraction), built by hand so the
/// storage tests do not depend on the parser. Occurrences come from the domain rules' own expansion.
/// </summary>
public static class SamplePlans
{
    public const string Quan7 = "UBND Quận 7";
    public const string Units = "Các cơ quan, đơn vị thuộc Quận";
    public const string Wards = "UBND 10 Phường";
    public const string HomeAffairs = "Phòng Nội vụ";

    /// <summary>Like 000_a87dec2e8e1edcf9.txt: 102/KH-UBND-NV of 30/03/2022.</summary>
    public static ParsedPlan District7(DateOnly? halfYearDeadline = null, bool withInspection = true, string textSuffix = "")
    {
        var period = PlanPeriod.SingleYear(2022);
        var obligations = new List<PlanObligation>
        {
            Report("Báo cáo kết quả thực hiện công tác dân vận chính quyền 6 tháng", [Units, Wards],
                "Trước ngày 01/5/2022", new OneOffDeadline(halfYearDeadline ?? new DateOnly(2022, 4, 30)), period, "IV.3", [88]),
            Report("Báo cáo kết quả thực hiện công tác dân vận chính quyền năm 2022", [Units, Wards],
                "Trước ngày 30/10/2022", new OneOffDeadline(new DateOnly(2022, 10, 29)), period, "IV.3", [89]),
            Report("Báo cáo định kỳ quý, 6 tháng, năm về công tác dân vận chính quyền", [HomeAffairs],
                null, new CadenceOnly(Cadence.Quarterly | Cadence.SixMonthly | Cadence.Yearly), period, "IV.1", [80]),
        };
        if (withInspection)
        {
            var rule = new MonthWindow(2022, 10);
            obligations.Add(new PlanObligation("Kiểm tra việc thực hiện công tác dân vận chính quyền tại các đơn vị",
                ObligationKind.Activity, [HomeAffairs], null, null, "dự kiến thực hiện kiểm tra trong tháng 10/2022",
                rule, rule.Expand(period), null, false, "IV.1", [82]));
        }

        return new ParsedPlan("102/KH-UBND-NV", Quan7, "Quận 7", new DateOnly(2022, 3, 30),
            "Thực hiện công tác Dân vận Chính quyền năm 2022", period, HomeAffairs, ["Căn cứ Nghị định số 04/2015/NĐ-CP"],
            [
                new PlanUnit(HomeAffairs, false, null, true, false, [80]),
                new PlanUnit(Units, true, null, false, false, [86]),
                new PlanUnit(Wards, true, 10, false, false, [87]),
            ],
            [], obligations, ["ỦY BAN NHÂN DÂN QUẬN 7", "KẾ HOẠCH", "Thực hiện công tác Dân vận Chính quyền năm 2022" + textSuffix]);
    }

    /// <summary>Like 001_5323af09cffbc17d.txt: a 2022–2026 plan with yearly deadlines.</summary>
    public static ParsedPlan CauNgang()
    {
        var period = new PlanPeriod(2022, 2026);
        const string owners = "Các cơ quan, đơn vị, địa phương";
        return new ParsedPlan("40/KH-UBND", "UBND huyện Cầu Ngang", "huyện Cầu Ngang", new DateOnly(2022, 4, 13),
            "Thực hiện công tác dân vận chính quyền trên địa bàn huyện Cầu Ngang giai đoạn 2022 - 2026", period,
            "Cơ quan Tổ chức - Nội vụ", [],
            [new PlanUnit(owners, true, null, false, false, [70]), new PlanUnit("Cơ quan Tổ chức - Nội vụ", false, null, true, false, [72])],
            [],
            [
                Report("Báo cáo 06 tháng", [owners], "trước ngày 10 tháng 6 hàng năm", new YearlyDeadline(6, 9), period, "III.1", [75]),
                Report("Báo cáo năm", [owners], "trước ngày 25 tháng 11 hàng năm", new YearlyDeadline(11, 24), period, "III.1", [76]),
            ],
            ["KẾ HOẠCH", "giai đoạn 2022 - 2026"]);
    }

    private static PlanObligation Report(string description, IReadOnlyList<string> units, string? phrase,
        DeadlineRule rule, PlanPeriod period, string section, IReadOnlyList<int> lines)
    {
        var needsDate = rule is CadenceOnly;
        var cadence = rule is CadenceOnly only ? only.Cadence : (Cadence?)null;
        return new PlanObligation(description, ObligationKind.Report, units, "UBND Quận", HomeAffairs, phrase, rule,
            rule.Expand(period), cadence, needsDate, section, lines);
    }
}
