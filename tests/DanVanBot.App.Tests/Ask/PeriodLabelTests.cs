using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using static DanVanBot.App.Tests.Ask.DueAnswerTests;

namespace DanVanBot.App.Tests.Ask;

public sealed class PeriodLabelTests
{
    [Theory]
    [InlineData("2026-11-01", "2026-11-30", "tháng 11/2026")]
    [InlineData("2026-11-16", "2026-11-22", "tuần này (16/11–22/11/2026)")]
    [InlineData("2026-11-23", "2026-11-29", "tuần sau (23/11–29/11/2026)")]
    [InlineData("2026-11-09", "2026-11-15", "tuần trước (09/11–15/11/2026)")]
    [InlineData("2026-10-01", "2026-12-31", "quý 4/2026")]
    [InlineData("2026-01-01", "2026-06-30", "6 tháng đầu năm 2026")]
    [InlineData("2026-07-01", "2026-12-31", "6 tháng cuối năm 2026")]
    [InlineData("2026-01-01", "2026-09-30", "9 tháng đầu năm 2026")]
    [InlineData("2026-01-01", "2026-12-31", "năm 2026")]
    [InlineData("2026-11-21", "2026-12-20", "30 ngày tới (21/11–20/12/2026)")]
    [InlineData("2026-11-21", "2026-11-21", "hôm nay (21/11/2026)")]
    [InlineData("2026-11-22", "2026-11-22", "ngày mai (22/11/2026)")]
    [InlineData("2026-12-25", "2027-01-05", "khoảng 25/12/2026–05/01/2027")]
    public void Describe_Window_ReadsNaturally(string from, string to, string expected) =>
        Assert.Equal(expected, PeriodLabel.Describe(new DateWindow(Day(from), Day(to)), Day("2026-11-21")));

    [Theory]
    [InlineData("tháng này có gì đến hạn", "tháng 11/2026")]
    [InlineData("tuần sau có gì đến hạn", "tuần sau (23/11–29/11/2026)")]
    [InlineData("sắp tới có gì đến hạn", "30 ngày tới (21/11–20/12/2026)")]
    public void Describe_InterpretedQuestion_MatchesTheHeadingTheCardShows(string text, string expected) =>
        Assert.Equal(expected, PeriodLabel.Describe(new QuestionInterpreter().Interpret(text, Day("2026-11-21")).Window!.Value, Day("2026-11-21")));

    [Fact]
    public void PageToken_FormatThenParse_RoundTrips()
    {
        var token = new AnswerPageToken(Day("2026-11-21"), 20, "hạn báo cáo 6 tháng | năm 2026");

        Assert.Equal(token, AnswerPageToken.TryParse(token.Format()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1|due|20261101|20261130|-|-|-|10")]
    [InlineData("v2|2026-11-21|10|tháng này")]
    [InlineData("v2|20261121|-5|tháng này")]
    [InlineData("v2|20261121|10|")]
    public void PageToken_TamperedOrStale_IsRejected(string? text) => Assert.Null(AnswerPageToken.TryParse(text));
}
