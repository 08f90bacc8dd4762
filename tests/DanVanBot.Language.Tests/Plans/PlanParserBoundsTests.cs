using System.Text;
using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>
/// What keeps a hostile plan text from holding a turn: the turn's cancellation reaches the parser, implausible
/// periods are not laid out, and the number of occurrences is bounded. (Speed itself is measured in bench/.)
/// </summary>
public sealed class PlanParserBoundsTests
{
    private const string Header =
        "ỦY BAN NHÂN DÂN\nQUẬN 7\nSố: 12/KH-UBND\nQuận 7, ngày 30 tháng 3 năm 2025\nKẾ HOẠCH\n{0}\n" +
        "I. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\nII. TỔ CHỨC THỰC HIỆN\n1. Phòng Nội vụ\n";

    [Fact]
    public void Parse_CancelledToken_StopsWithOperationCanceled()
    {
        var text = PlanText("Thực hiện công tác dân vận năm 2025", "Gửi báo cáo năm trước ngày 25/11/2025.", 10);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PlanDocumentParser.Parse(text, cancelled.Token));
    }

    [Fact]
    public void Parse_SameTextWithLiveToken_ParsesAsWithout()
    {
        var text = PlanText("Thực hiện công tác dân vận năm 2025", "Gửi báo cáo năm trước ngày 25/11/2025.", 3);

        var plan = PlanDocumentParser.Parse(text, CancellationToken.None);

        Assert.Equal(3, plan.Obligations.Count);
        Assert.Equal(plan.Obligations.Count, PlanDocumentParser.Parse(text).Obligations.Count);
    }

    [Fact]
    public void Parse_PeriodOfCenturies_IsNotLaidOutOverItsYears()
    {
        var text = PlanText("Thực hiện công tác dân vận giai đoạn 1900 - 2199", "Gửi báo cáo trước ngày 20 hằng tháng.", 1);

        var plan = PlanDocumentParser.Parse(text);

        // The date line's year stands in: one year, twelve monthly occurrences (not 300 years' worth).
        Assert.Equal(2025, plan.Period.FromYear);
        Assert.Equal(2025, plan.Period.ToYear);
        Assert.Equal(12, Assert.Single(plan.Obligations).Occurrences.Count);
    }

    [Fact]
    public void Parse_TwentyYearPeriod_IsStillAPeriod()
    {
        var plan = PlanDocumentParser.Parse(PlanText("Thực hiện công tác dân vận giai đoạn 2021 - 2040", "Gửi báo cáo năm trước ngày 25/11 hằng năm.", 1));

        Assert.Equal((2021, 2040), (plan.Period.FromYear, plan.Period.ToYear));
        Assert.Equal(20, Assert.Single(plan.Obligations).Occurrences.Count);
    }

    [Fact]
    public void Parse_MonthlyDutiesPastTheOccurrenceBudget_ThrowsPlanTooLarge()
    {
        // 20 years × 12 months = 240 occurrences per monthly duty; enough duties to pass the budget.
        var duties = ObligationReader.MaxOccurrences / 240 + 1;
        var text = PlanText("Thực hiện công tác dân vận giai đoạn 2021 - 2040", "Gửi báo cáo trước ngày 20 hằng tháng.", duties);

        var error = Assert.Throws<PlanTooLargeException>(() => PlanDocumentParser.Parse(text));

        Assert.Contains("occurrences", error.Limit, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DateOnEachOfThousandsOfContinuationLines_IsRefusedNotCopiedLinesTimesDates()
    {
        // One paragraph of 1,000 lines, a dated phrase on each: every obligation would name all 1,000 lines.
        var lines = string.Concat(Enumerable.Repeat("\ntiếp tục nội dung, báo cáo trước ngày 15/12/2025", 1_000));
        var text = string.Format(Header, "Thực hiện công tác dân vận năm 2025") + "- Các đơn vị gửi báo cáo" + lines + ".\n";

        var error = Assert.Throws<PlanTooLargeException>(() => PlanDocumentParser.Parse(text));

        Assert.Contains("source-line references", error.Limit, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreDatedPhrasesThanMaxObligations_IsRefused()
    {
        var phrases = string.Concat(Enumerable.Repeat(" gửi báo cáo trước ngày 25/11/2025,", ObligationReader.MaxObligations + 1));
        var text = string.Format(Header, "Thực hiện công tác dân vận năm 2025") + "- Phòng Nội vụ" + phrases + ".\n";

        var error = Assert.Throws<PlanTooLargeException>(() => PlanDocumentParser.Parse(text));

        Assert.Contains("obligations", error.Limit, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DatedPhrasesOfOneParagraph_ShareOneListOfItsLines()
    {
        var text = PlanText("Thực hiện công tác dân vận năm 2025", "Gửi báo cáo sơ kết trước ngày 15/6/2025, tổng kết trước ngày 25/11/2025.", 1);

        var obligations = PlanDocumentParser.Parse(text).Obligations;

        Assert.Equal(2, obligations.Count);
        Assert.Same(obligations[0].SourceLines, obligations[1].SourceLines);
    }

    [Fact]
    public void Parse_ThousandsOfUnitItems_IntroducesEachUnitOnce()
    {
        var body = new StringBuilder();
        for (var index = 0; index < 1800; index++) body.Append("- Phòng Số ").Append(index % 900).Append(": định kỳ báo cáo hàng quý.\n");
        var text = string.Format(Header, "Thực hiện công tác dân vận năm 2025") + "Các đơn vị:\n" + body;

        var plan = PlanDocumentParser.Parse(text);

        Assert.Equal(901, plan.Units.Count); // Phòng Nội vụ and 900 distinct offices, each named twice
        Assert.Equal(plan.Units.Count, plan.Units.Select(u => u.Name).Distinct().Count());
    }

    [Fact]
    public void Read_ContinuationOfClosingMarksOnly_LeavesTheSentenceOpen()
    {
        var longLine = "- " + string.Concat(Enumerable.Repeat("vận động Nhân dân tham gia góp ý xây dựng, ", 6)) + "của Mặt trận Tổ quốc";

        // "”)" joins the cut line; the sentence is still open after it, so a line starting with a number continues it.
        var paragraph = Assert.Single(PlanParagraphReader.Read([longLine, "”)", "2025 và các năm sau."]));

        Assert.Equal([1, 2, 3], paragraph.Lines);
        Assert.EndsWith("Tổ quốc ”) 2025 và các năm sau.", paragraph.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TenThousandContinuationLines_JoinIntoOneParagraphWithEveryLine()
    {
        var lines = new[] { "- Các đơn vị gửi báo cáo" }.Concat(Enumerable.Repeat("tiếp tục nội dung", 10_000)).ToArray();

        var paragraph = Assert.Single(PlanParagraphReader.Read(lines));

        Assert.Equal(Enumerable.Range(1, 10_001), paragraph.Lines);
        Assert.Equal(24 + 18 * 10_000 - 2, paragraph.Text.Length);
    }

    private static string PlanText(string title, string duty, int duties) =>
        string.Format(Header, title) + string.Concat(Enumerable.Repeat(duty + "\n", duties));
}
