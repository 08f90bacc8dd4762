using DanVanBot.App.Features.Reports;
using DanVanBot.Storage.Reports;

namespace DanVanBot.App.Tests.Reports;

/// <summary>The receipt's standing line, from the occurrence's last day and the unit's first submission (Vietnam dates).</summary>
public sealed class ReceiptStandingTests
{
    private static readonly ComplianceOccurrence Occurrence = new(Guid.NewGuid(), Guid.NewGuid(), "UBND Quận 7", Guid.NewGuid(), "102/KH-UBND-NV",
        "Kế hoạch 2022", "Báo cáo 6 tháng", "6 tháng đầu năm 2022", new DateOnly(2022, 4, 30), null);

    private static ReportReceipt Receipt(DateTimeOffset first, bool afterConsolidation = false) =>
        new(Guid.NewGuid(), Occurrence.OccurrenceId, Guid.NewGuid(), 2, Guid.NewGuid(), first.AddDays(3), first, afterConsolidation, new ReportAuthor(null, "An"));

    [Fact]
    public void OnTheLastDayInVietnam_IsOnTime() =>
        // 23:30 on 30/04 in Vietnam is 16:30 UTC the same day; 00:30 on 01/05 in Vietnam is still 30/04 in UTC.
        Assert.Equal((ReportTexts.OnTime, false), ReceiptCards.Standing(Occurrence, Receipt(new DateTimeOffset(2022, 4, 30, 23, 30, 0, TimeSpan.FromHours(7)))));

    [Fact]
    public void JustAfterMidnightInVietnam_IsOneDayLate() =>
        Assert.Equal(("Trễ hạn 1 ngày", true), ReceiptCards.Standing(Occurrence, Receipt(new DateTimeOffset(2022, 4, 30, 17, 30, 0, TimeSpan.Zero))));

    [Fact]
    public void TenDaysAfter_IsTenDaysLate_AmendmentsDoNotChangeIt() =>
        Assert.Equal(("Trễ hạn 10 ngày", true), ReceiptCards.Standing(Occurrence, Receipt(new DateTimeOffset(2022, 5, 10, 9, 0, 0, TimeSpan.FromHours(7)))));

    [Fact]
    public void AfterConsolidation_SaysSo() =>
        Assert.Equal((ReportTexts.AfterConsolidation, true),
            ReceiptCards.Standing(Occurrence, Receipt(new DateTimeOffset(2022, 4, 1, 9, 0, 0, TimeSpan.FromHours(7)), afterConsolidation: true)));
}
