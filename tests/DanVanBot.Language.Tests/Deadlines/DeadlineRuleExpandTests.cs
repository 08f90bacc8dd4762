using DanVanBot.Domain.Plans.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>Expansion of rules into occurrences, independent of the phrase grammar.</summary>
public sealed class DeadlineRuleExpandTests
{
    [Fact]
    public void Expand_OneOffOutsidePeriod_StillReturnsItsDay()
    {
        var occurrence = Assert.Single(new OneOffDeadline(new DateOnly(2024, 1, 5)).Expand(PlanPeriod.SingleYear(2023)));

        Assert.Equal(new Occurrence(new DateOnly(2024, 1, 5), null, null, "2024"), occurrence);
    }

    [Fact]
    public void Expand_YearlyFebruary29_ClampsInCommonYears()
    {
        var occurrences = new YearlyDeadline(2, 29).Expand(new PlanPeriod(2023, 2025));

        Assert.Equal([new DateOnly(2023, 2, 28), new DateOnly(2024, 2, 29), new DateOnly(2025, 2, 28)], occurrences.Select(o => o.LastDay));
        Assert.Equal(["2023", "2024", "2025"], occurrences.Select(o => o.Label));
    }

    [Fact]
    public void Expand_Quarterly_LabelsEachQuarterOfEachYear()
    {
        var occurrences = new QuarterlyDeadline(15).Expand(new PlanPeriod(2024, 2025));

        Assert.Equal(8, occurrences.Count);
        Assert.Equal("Quý 1/2024", occurrences[0].Label);
        Assert.Equal("Quý 4/2025", occurrences[^1].Label);
        Assert.Equal(new DateOnly(2025, 12, 15), occurrences[^1].LastDay);
    }

    [Fact]
    public void Expand_MonthWindow_CoversTheWholeMonthAndEndsOnItsLastDay()
    {
        var occurrence = Assert.Single(new MonthWindow(2024, 2).Expand(PlanPeriod.SingleYear(2024)));

        Assert.Equal(new Occurrence(new DateOnly(2024, 2, 29), new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29), "Tháng 2/2024"), occurrence);
    }

    [Fact]
    public void Expand_QuarterWindow_CoversTheQuarterAndEndsOnItsLastDay()
    {
        var occurrence = Assert.Single(new QuarterWindow(2025, 3).Expand(new PlanPeriod(2022, 2026)));

        Assert.Equal(new Occurrence(new DateOnly(2025, 9, 30), new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30), "Quý 3/2025"), occurrence);
    }

    [Fact]
    public void Expand_CadenceOnly_GivesReportingPeriodsWithoutDates()
    {
        var occurrences = new CadenceOnly(Cadence.SixMonthly | Cadence.NineMonthly).Expand(PlanPeriod.SingleYear(2023));

        Assert.Equal(
            [
                new Occurrence(null, new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 30), "6 tháng 2023"),
                new Occurrence(null, new DateOnly(2023, 1, 1), new DateOnly(2023, 9, 30), "9 tháng 2023"),
            ],
            occurrences);
    }

    [Fact]
    public void Expand_UnstatedCadence_ReturnsNothing() =>
        Assert.Empty(new CadenceOnly(Cadence.None).Expand(PlanPeriod.SingleYear(2023)));

    [Fact]
    public void Expand_WorkingDayLimits_ReturnNothing()
    {
        Assert.Empty(new WorkingDaysBefore(5, "ngày họp").Expand(PlanPeriod.SingleYear(2023)));
        Assert.Empty(new WorkingDaysWithin(5, "").Expand(PlanPeriod.SingleYear(2023)));
    }

    [Theory]
    [InlineData(2025, 2024)]
    [InlineData(0, 2024)]
    public void PlanPeriod_InvalidYears_Throws(int from, int to) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanPeriod(from, to));

    [Fact]
    public void PlanPeriod_MultiYear_ListsEveryYear()
    {
        var period = new PlanPeriod(2022, 2026);

        Assert.False(period.IsSingleYear);
        Assert.Equal([2022, 2023, 2024, 2025, 2026], period.Years);
        Assert.Equal("2022–2026", period.ToString());
    }
}
