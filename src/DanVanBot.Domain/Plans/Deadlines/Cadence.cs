namespace DanVanBot.Domain.Plans.Deadlines;

/// <summary>
/// Reporting cadences of Decree 09/2019/NĐ-CP. Flags, because plans list several at once
/// ("định kỳ hàng quý, 6 tháng, năm"). <see cref="None"/> means "periodic, cadence not stated"
/// ("định kỳ báo cáo"): the coordinating office has to decide.
/// </summary>
[Flags]
public enum Cadence
{
    None = 0,
    Monthly = 1,
    Quarterly = 2,
    SixMonthly = 4,
    NineMonthly = 8,
    Yearly = 16,
}
