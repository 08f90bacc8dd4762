using DanVanBot.Domain.Reports;

namespace DanVanBot.Domain.Tests.Reports;

public sealed class ReportStandingTests
{
    private static readonly DateOnly Due = new(2026, 6, 9);

    [Theory]
    [InlineData("2026-06-01", "2026-06-20", ReportTimeliness.OnTime, 0)]
    [InlineData("2026-06-09", "2026-06-20", ReportTimeliness.OnTime, 0)]
    [InlineData("2026-06-10", "2026-06-20", ReportTimeliness.Late, 1)]
    [InlineData("2026-07-09", "2026-07-09", ReportTimeliness.Late, 30)]
    [InlineData(null, "2026-06-09", ReportTimeliness.NotYetDue, 0)]
    [InlineData(null, "2026-06-01", ReportTimeliness.NotYetDue, 0)]
    [InlineData(null, "2026-06-10", ReportTimeliness.Overdue, 1)]
    [InlineData(null, "2026-06-21", ReportTimeliness.Overdue, 12)]
    public void Of_SentDayAgainstLastAllowedDay_StandingAndDays(string? sent, string today, ReportTimeliness expected, int days)
    {
        var standing = ReportStanding.Of(Due, sent is null ? null : DateOnly.Parse(sent), DateOnly.Parse(today));

        Assert.Equal(new ReportStanding(expected, days), standing);
        Assert.Equal(sent is not null, standing.Submitted);
    }

    [Fact]
    public void Of_OccurrenceWithoutDay_SentIsOnTimeAndUnsentIsNotYetDue()
    {
        Assert.Equal(ReportTimeliness.OnTime, ReportStanding.Of(null, new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 1)).Timeliness);
        Assert.Equal(ReportTimeliness.NotYetDue, ReportStanding.Of(null, null, new DateOnly(2030, 1, 1)).Timeliness);
    }
}
