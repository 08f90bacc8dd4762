using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;
using DanVanBot.Language.Tests.Deadlines;

namespace DanVanBot.Language.Tests.Tables;

/// <summary>
/// The time column of task tables: the deadline grammar of running text, plus what the column implies (a bare date is
/// the last day, a bare month, quarter or span is the work's window), with and without diacritics.
/// </summary>
public sealed class TimeCellTableTests
{
    [Theory]
    // The grammar of running text.
    [InlineData("Trước ngày 20/5", 2025, 2025, "Trước ngày 20/5", "OneOff 19/05/2025", "19/05/2025")]
    [InlineData("Hoàn thành chậm nhất 30/9", 2025, 2025, "chậm nhất 30/9", "OneOff 30/09/2025", "30/09/2025")]
    [InlineData("Hằng quý, trước ngày 12 tháng cuối quý", 2025, 2025, "trước ngày 12 tháng cuối quý", "Quarterly 11", "11/03/2025;11/06/2025;11/09/2025;11/12/2025")]
    [InlineData("trong tháng 10/2025", 2025, 2025, "trong tháng 10/2025", "Month 10/2025", "01/10/2025-31/10/2025")]
    [InlineData("truoc ngay 15/11/2025", 2025, 2025, "truoc ngay 15/11/2025", "OneOff 14/11/2025", "14/11/2025")]
    // What the column implies.
    [InlineData("30/9/2025", 2025, 2025, "30/9/2025", "OneOff 30/09/2025", "30/09/2025")]
    [InlineData("Ngày 15/12", 2025, 2025, "Ngày 15/12", "OneOff 15/12/2025", "15/12/2025")]
    [InlineData("15/12", 2026, 2030, "15/12", "Yearly 15/12", "15/12/2026;15/12/2027;15/12/2028;15/12/2029;15/12/2030")]
    [InlineData("Tháng 3 - 4", 2025, 2025, "Tháng 3 - 4", "Span 01/03/2025-30/04/2025", "01/03/2025-30/04/2025")]
    [InlineData("Tháng 3-4/2026", 2026, 2026, "Tháng 3-4/2026", "Span 01/03/2026-30/04/2026", "01/03/2026-30/04/2026")]
    [InlineData("Từ tháng 9 đến tháng 10/2025", 2025, 2025, "Từ tháng 9 đến tháng 10/2025", "Span 01/09/2025-31/10/2025", "01/09/2025-31/10/2025")]
    [InlineData("Tháng 11/2025 - tháng 01/2026", 2025, 2025, "Tháng 11/2025 - tháng 01/2026", "Span 01/11/2025-31/01/2026", "01/11/2025-31/01/2026")]
    [InlineData("Tháng 6", 2025, 2025, "Tháng 6", "Month 6/2025", "01/06/2025-30/06/2025")]
    [InlineData("Tháng 6/2026", 2026, 2026, "Tháng 6/2026", "Month 6/2026", "01/06/2026-30/06/2026")]
    [InlineData("Quý II", 2025, 2025, "Quý II", "Quarter 2/2025", "01/04/2025-30/06/2025")]
    [InlineData("quy 3/2025", 2025, 2025, "quy 3/2025", "Quarter 3/2025", "01/07/2025-30/09/2025")]
    [InlineData("Quý II - III/2025", 2025, 2025, "Quý II - III/2025", "Span 01/04/2025-30/09/2025", "01/04/2025-30/09/2025")]
    [InlineData("6 tháng đầu năm", 2025, 2025, "6 tháng đầu năm", "Span 01/01/2025-30/06/2025", "01/01/2025-30/06/2025")]
    [InlineData("15/9 - 30/9/2025", 2025, 2025, "15/9 - 30/9/2025", "Span 15/09/2025-30/09/2025", "15/09/2025-30/09/2025")]
    [InlineData("Từ ngày 01/10 đến ngày 15/10/2025", 2025, 2025, "Từ ngày 01/10 đến ngày 15/10/2025", "Span 01/10/2025-15/10/2025", "01/10/2025-15/10/2025")]
    // Both days in one month, the month written once.
    [InlineData("Từ 18 đến 19/8", 2026, 2026, "Từ 18 đến 19/8", "Span 18/08/2026-19/08/2026", "18/08/2026-19/08/2026")]
    [InlineData("tu ngay 18 den 19/8/2026", 2026, 2026, "tu ngay 18 den 19/8/2026", "Span 18/08/2026-19/08/2026", "18/08/2026-19/08/2026")]
    [InlineData("Ngày 05 - 07/10/2026", 2026, 2026, "05 - 07/10/2026", "Span 05/10/2026-07/10/2026", "05/10/2026-07/10/2026")]
    // Two days in a row are one stay; a week around its days.
    [InlineData("Ngày 16 và 17/4/2026", 2026, 2026, "16 và 17/4/2026", "Span 16/04/2026-17/04/2026", "16/04/2026-17/04/2026")]
    [InlineData("Tuần từ 21/4 đến 24/4/2026", 2026, 2026, "từ 21/4 đến 24/4/2026", "Span 21/04/2026-24/04/2026", "21/04/2026-24/04/2026")]
    // A clock time before the day, or a span of clock times, is no date ("07h30 - 11h00" is no 30/11).
    [InlineData("7h30 ngày 20/4/2026", 2026, 2026, "ngày 20/4/2026", "OneOff 20/04/2026", "20/04/2026")]
    [InlineData("Từ 07h30 - 11h00 ngày 14/4", 2026, 2026, "ngày 14/4", "OneOff 14/04/2026", "14/04/2026")]
    public void Read_TimeCell_GivesRuleAndOccurrences(string cell, int from, int to, string phrase, string rule, string occurrences)
    {
        var period = new PlanPeriod(from, to);

        var reading = TimeCellReader.Read(cell, period);

        var match = Assert.Single(reading.Matches);
        Assert.Equal(phrase, match.Phrase);
        Assert.Equal(rule, RuleText.Describe(match.Rule));
        Assert.Equal(occurrences, RuleText.Describe(match.Rule.Expand(period)));
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("thuong xuyen")]
    [InlineData("Cả năm")]
    [InlineData("Năm 2025")]
    [InlineData("Liên tục trong năm")]
    public void Read_OngoingCell_IsTimeWithoutDate(string cell)
    {
        var reading = TimeCellReader.Read(cell, PlanPeriod.SingleYear(2025));

        Assert.True(reading.IsOngoing);
        Assert.DoesNotContain(reading.Matches, m => m.Rule.Expand(PlanPeriod.SingleYear(2025)).Any(o => o.LastDay is not null));
    }

    [Theory]
    [InlineData("Phòng Nội vụ")]
    [InlineData("UBND các xã, thị trấn")]
    [InlineData("Báo cáo kết quả")]
    [InlineData("")]
    public void Read_CellWithoutTime_IsNotTime(string cell)
    {
        Assert.False(TimeCellReader.Read(cell, PlanPeriod.SingleYear(2025)).IsTime);
    }

    [Fact]
    public void Read_MonthWithoutYearInMultiYearPlan_GivesNoWindow()
    {
        // Which year's March would it be? A window needs a year; the coordinating office sets it.
        Assert.Empty(TimeCellReader.Read("Tháng 3 - 4", new PlanPeriod(2026, 2030)).Matches);
    }

    [Fact]
    public void Read_TwoDeadlinesInOneCell_GivesBoth()
    {
        var reading = TimeCellReader.Read("Báo cáo 6 tháng: trước ngày 15/6; báo cáo năm: trước ngày 15/11", PlanPeriod.SingleYear(2025));

        Assert.Equal(["OneOff 14/06/2025", "OneOff 14/11/2025"], reading.Matches.Select(m => RuleText.Describe(m.Rule)).ToArray());
    }
}
