using System.Text;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>
/// The parser skips sentences with no digit and no deadline keyword, and folds letters through a cache:
/// phrases that need only a keyword, and text in any Unicode form or case, must still be read.
/// </summary>
public sealed class DeadlinePreFilterTests
{
    [Theory]
    [InlineData("báo cáo giữa tháng cuối quý", "Quarterly 15")]
    [InlineData("định kỳ hằng quý báo cáo Chủ tịch", "Cadence Quarterly")]
    [InlineData("Hằng tháng, tổ chức giao ban", "Cadence Monthly")]
    [InlineData("Hàng năm xây dựng kế hoạch dân vận", "Cadence Yearly")]
    [InlineData("có trách nhiệm thực hiện và định kỳ báo cáo", "Cadence None")]
    [InlineData("phản hồi trong vòng năm ngày làm việc", "WorkingDaysWithin 5 | ")]
    [InlineData("gửi báo cáo vào cuối quý", "Quarterly 31")]
    [InlineData("tổ chức kiểm tra trong quý III", "Quarter 3/2024")]
    public void FindAll_KeywordWithoutDigit_IsRead(string sentence, string expected)
    {
        var matches = DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2024));

        Assert.Equal(expected, RuleText.Describe(Assert.Single(matches).Rule));
    }

    [Theory]
    [InlineData("Nâng cao chất lượng công tác dân vận của chính quyền các cấp")]
    [InlineData("Phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội")]
    public void FindAll_NoDigitNoKeyword_FindsNothing(string sentence) =>
        Assert.Empty(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2024)));

    [Theory]
    [InlineData("Báo cáo năm gửi chậm nhất ngày 25/11/2024 về Phòng Nội vụ", NormalizationForm.FormC)]
    [InlineData("Báo cáo năm gửi chậm nhất ngày 25/11/2024 về Phòng Nội vụ", NormalizationForm.FormD)]
    [InlineData("BÁO CÁO NĂM GỬI CHẬM NHẤT NGÀY 25/11/2024 VỀ PHÒNG NỘI VỤ", NormalizationForm.FormC)]
    [InlineData("BÁO CÁO NĂM GỬI CHẬM NHẤT NGÀY 25/11/2024 VỀ PHÒNG NỘI VỤ", NormalizationForm.FormD)]
    public void FindAll_AnyCaseOrUnicodeForm_SameRuleAndVerbatimPhrase(string sentence, NormalizationForm form)
    {
        var input = sentence.Normalize(form);

        var match = Assert.Single(DeadlinePhraseParser.FindAll(input, PlanPeriod.SingleYear(2024)));

        Assert.Equal("OneOff 25/11/2024", RuleText.Describe(match.Rule));
        Assert.Equal(Cadence.Yearly, match.ReportCadence);
        Assert.Equal(input.Substring(match.Start, match.Length), match.Phrase);
        Assert.StartsWith("chậm nhất ngày 25/11/2024".Normalize(form), match.Phrase, StringComparison.OrdinalIgnoreCase);
    }
}
