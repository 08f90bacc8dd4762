using System.Globalization;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Deadlines;

namespace DanVanBot.Language.Tests.Deadlines;

/// <summary>
/// Days that recur as reception and briefing schedules set them: a weekday every week, the n-th (or last) weekday of
/// every month, several days of every month; with and without diacritics. Each row: the phrases found, and the first
/// occurrences of all of them in 2026 (dd/MM, in date order).
/// </summary>
public sealed class RecurringDayTests
{
    [Theory]
    [InlineData("Chủ tịch UBND xã tiếp công dân định kỳ vào thứ Năm hằng tuần.", "thứ Năm hằng tuần", "01/01;08/01;15/01;22/01;29/01;05/02")]
    [InlineData("chu tich ubnd xa tiep cong dan vao thu 5 hang tuan", "thu 5 hang tuan", "01/01;08/01;15/01;22/01;29/01;05/02")]
    [InlineData("tiếp công dân vào thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng", "thứ Năm của tuần thứ hai và tuần thứ tư hằng tháng",
        "08/01;22/01;12/02;26/02;12/03;26/03")]
    [InlineData("họp giao ban vào thứ Hai tuần đầu tiên hằng tháng", "thứ Hai tuần đầu tiên hằng tháng", "05/01;02/02;02/03;06/04;04/05;01/06")]
    [InlineData("Phó Chủ tịch tiếp công dân vào thứ Sáu tuần cuối cùng của tháng", "thứ Sáu tuần cuối cùng của tháng", "30/01;27/02;27/03;24/04;29/05;26/06")]
    [InlineData("tiếp công dân vào ngày 10 và ngày 25 hằng tháng", "vào ngày 10|25 hằng tháng", "10/01;25/01;10/02;25/02;10/03;25/03")]
    [InlineData("tiep cong dan vao ngay 15, 25 hang thang", "vao ngay 15|25 hang thang", "15/01;25/01;15/02;25/02;15/03;25/03")]
    public void FindAll_RecurringDay_ExpandsToEachDay(string sentence, string phrases, string firstDays)
    {
        var period = PlanPeriod.SingleYear(2026);

        var matches = DeadlinePhraseParser.FindAll(sentence, period);

        Assert.Equal(phrases, string.Join('|', matches.Select(m => m.Phrase)));
        var days = matches.SelectMany(m => m.Rule.Expand(period)).Select(o => o.LastDay!.Value).Order().Take(6);
        Assert.Equal(firstDays, string.Join(';', days.Select(d => d.ToString("dd/MM", CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("Chủ tịch tiếp công dân vào thứ Năm của tuần thứ hai hằng tháng, cụ thể: ngày 08/01/2026, ngày 12/02/2026 và ngày 12/3/2026.")]
    public void FindAll_WeekdaySpelledOutAsDates_GivesTheDatesOnly(string sentence)
    {
        var matches = DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2026));

        Assert.All(matches, m => Assert.IsType<OneOffDeadline>(m.Rule));
        Assert.Equal(3, matches.Count);
    }

    [Theory]
    [InlineData("Năm 2025, UBND xã họp giao ban vào chiều thứ Sáu tuần trước.")]
    [InlineData("Tuần thứ hai của tháng 10, đoàn đã làm việc tại xã.")]
    public void FindAll_WeekdayThatDoesNotRecur_GivesNothingRecurring(string sentence) =>
        Assert.DoesNotContain(DeadlinePhraseParser.FindAll(sentence, PlanPeriod.SingleYear(2026)), m => m.Rule is WeekdayDeadline);
}
