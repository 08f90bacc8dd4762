using System.Text;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>Sentences with several deadlines, which report each belongs to, and positions in awkward input.</summary>
public sealed class MultiplePhraseTests
{
    [Fact]
    public void FindAll_CadenceWithDatesInParentheses_ReturnsOneDatedMatchPerReport()
    {
        const string sentence = "Định kỳ 06 tháng (trước ngày 10 tháng 6 hàng năm), năm (trước ngày 25 tháng 11 hàng năm) báo cáo " +
                                "Ủy ban nhân dân huyện (qua Cơ quan Tổ chức - Nội vụ).";

        var matches = DeadlinePhraseParser.FindAll(sentence, new PlanPeriod(2022, 2026));

        Assert.Collection(matches,
            m => Assert.Equal((new YearlyDeadline(6, 9) as DeadlineRule, Cadence.SixMonthly as Cadence?), (m.Rule, m.ReportCadence)),
            m => Assert.Equal((new YearlyDeadline(11, 24) as DeadlineRule, Cadence.Yearly as Cadence?), (m.Rule, m.ReportCadence)));
    }

    [Fact]
    public void FindAll_EmphasisedDatesAfterCadence_ReturnsOneOffsWithTheirReports()
    {
        const string sentence = "- Làm đầu mối theo dõi; định kỳ 6 tháng (*trước ngày 15/6/2023*), năm (*trước ngày 15/11/2023*) " +
                                "tham mưu Chủ tịch UBND phường dự thảo báo cáo";

        var matches = DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2023));

        Assert.Equal(["trước ngày 15/6/2023", "trước ngày 15/11/2023"], matches.Select(m => m.Phrase));
        Assert.Equal([new DateOnly(2023, 6, 14), new DateOnly(2023, 11, 14)], matches.Select(m => ((OneOffDeadline)m.Rule).LastDay));
        Assert.Equal([Cadence.SixMonthly, Cadence.Yearly], matches.Select(m => m.ReportCadence));
    }

    [Fact]
    public void FindAll_QuarterlyAndYearlyReports_ReturnsBothRules()
    {
        const string sentence = "Các đơn vị gửi báo cáo tình hình công tác dân vận chính quyền vào giữa các tháng cuối của mỗi quý " +
                                "và gửi báo cáo năm trước ngày 25/11 về UBND quận (qua Phòng Nội vụ).";

        var matches = DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2025));

        Assert.Equal(2, matches.Count);
        Assert.Equal(new QuarterlyDeadline(15), matches[0].Rule);
        Assert.Equal(Cadence.Quarterly, matches[0].ReportCadence);
        Assert.Equal(new OneOffDeadline(new DateOnly(2025, 11, 24)), matches[1].Rule);
        Assert.Equal(Cadence.Yearly, matches[1].ReportCadence);
    }

    [Theory]
    [InlineData("gửi báo cáo trước ngày 10/6 và 25/11 hàng năm")]
    [InlineData("gửi báo cáo trước các ngày 10/6, 25/11 hằng năm")]
    [InlineData("gui bao cao truoc ngay 10/6 va ngay 25/11 hang nam")]
    public void FindAll_ListOfDatesAfterOneKeyword_EachDateTakesTheKeyword(string sentence)
    {
        var matches = DeadlinePhraseParser.FindAll(sentence, new PlanPeriod(2022, 2023));

        Assert.Equal([new YearlyDeadline(6, 9), new YearlyDeadline(11, 24)], matches.Select(m => m.Rule));
    }

    [Fact]
    public void FindAll_ReportNamedEarlierInSentence_AttachesItsCadence()
    {
        var match = Assert.Single(DeadlinePhraseParser.FindAll(
            "Báo cáo sơ kết 6 tháng gửi về Văn phòng UBND trước ngày 15/6/2023.", PlanPeriod.SingleYear(2023)));

        Assert.Equal(Cadence.SixMonthly, match.ReportCadence);
    }

    [Fact]
    public void FindAll_DecomposedUnicode_ReturnsVerbatimPhraseWithItsMarks()
    {
        var sentence = "Gửi báo cáo chậm nhất ngày 15/6/2023 về Phòng Nội vụ.".Normalize(NormalizationForm.FormD);

        var match = Assert.Single(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2023)));

        Assert.Equal("chậm nhất ngày 15/6/2023".Normalize(NormalizationForm.FormD), match.Phrase);
        Assert.Equal(sentence.Substring(match.Start, match.Length), match.Phrase);
    }

    [Fact]
    public void FindAll_WrappedLineWithFootnote_PositionsPointIntoOriginal()
    {
        const string sentence = "- Các phòng gửi báo cáo năm²\r\n về UBND quận trước\r\nngày 30/10/2022³.";

        var match = Assert.Single(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2022)));

        Assert.Equal("trước\r\nngày 30/10/2022", match.Phrase);
        Assert.Equal(sentence.IndexOf("trước", StringComparison.Ordinal), match.Start);
        Assert.Equal(new OneOffDeadline(new DateOnly(2022, 10, 29)), match.Rule);
    }

    [Fact]
    public void FindAll_MonthlyDeadlineAfterMonthlyCadence_DropsTheServedCadence()
    {
        var match = Assert.Single(DeadlinePhraseParser.FindAll(
            "Định kỳ hằng tháng, các phường báo cáo trước ngày 20 hằng tháng.", PlanPeriod.SingleYear(2024)));

        Assert.Equal(new MonthlyDeadline(19), match.Rule);
        Assert.Equal(Cadence.Monthly, match.ReportCadence);
    }

    [Fact]
    public void FindAll_DateOnlyCadenceServed_KeepsTheUnservedCadence()
    {
        const string sentence = "Định kỳ hàng quý, 6 tháng, năm báo cáo; báo cáo năm gửi trước ngày 25/11/2025.";

        var matches = DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2025));

        Assert.Equal(2, matches.Count);
        Assert.Equal(new CadenceOnly(Cadence.Quarterly | Cadence.SixMonthly), matches[0].Rule);
        Assert.Equal(new OneOffDeadline(new DateOnly(2025, 11, 24)), matches[1].Rule);
    }
}
