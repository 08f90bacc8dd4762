using DanVanBot.App.Features.Exports;

namespace DanVanBot.App.Tests.Exports;

public sealed class ExportPeriodTests
{
    [Theory]
    [InlineData("2026-Q3", "2026-07-01", "2026-09-30", "quý III năm 2026")]
    [InlineData("2026-q1", "2026-01-01", "2026-03-31", "quý I năm 2026")]
    [InlineData("2026-H1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026")]
    [InlineData("2026", "2026-01-01", "2026-12-31", "năm 2026")]
    public void Parse_CommandLineNames_WindowAndSummaryTitle(string text, string from, string to, string title)
    {
        var period = ExportPeriod.Parse(text)!;

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            (period.Window.From, period.Window.To));
        Assert.Equal(title, period.Title);
    }

    [Theory]
    [InlineData("2026-Q0")]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("26")]
    [InlineData("quý 3")]
    [InlineData("")]
    public void Parse_Other_IsNull(string text) => Assert.Null(ExportPeriod.Parse(text));
}
