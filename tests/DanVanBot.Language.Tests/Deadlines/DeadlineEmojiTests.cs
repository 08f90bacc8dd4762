using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

public sealed class DeadlineEmojiTests
{
    [Theory]
    [InlineData("Báo cáo trước ngày 15/6/2024 😀")]
    [InlineData("😀📅 Báo cáo trước ngày 15/6/2024")]
    [InlineData("Báo cáo trước 😀 ngày 15/6/2024")]
    public void FindAll_SentenceWithEmoji_FindsTheDeadlineWithoutThrowing(string sentence)
    {
        var matches = DeadlinePhraseParser.FindAll(sentence, new PlanPeriod(2024, 2024));

        var rule = Assert.IsType<OneOffDeadline>(Assert.Single(matches).Rule);
        Assert.Equal(new DateOnly(2024, 6, 14), rule.LastDay);
    }
}
