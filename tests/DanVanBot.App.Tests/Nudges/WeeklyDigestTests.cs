using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Calendar;
using DanVanBot.Domain.Nudges;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// The coordinators' Monday digest on a fake clock: Monday 25/04/2022 08:00 each coordinator gets one card with the
/// deadlines of the next 14 days; not on Tuesday; the week of 02/05/2022, whose Monday and Tuesday are days off, on
/// Wednesday 04/05 with the half-year report now late and its units that have not reported; run again, nothing more.
/// </summary>
public sealed class WeeklyDigestTests
{
    private const string FirstAad = "00000000-0000-0000-0000-0000000a0001";
    private const string SecondAad = "00000000-0000-0000-0000-0000000a0002";

    [Fact]
    public async Task Digest_MondaysAndAfterAHolidayMonday_OncePerCoordinatorAndWeek()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 4, 22, 20, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, occurrence, unit) = await harness.HalfYearReportOwerAsync();
        var status = await harness.Bot.Services.GetRequiredService<IReportStore>().GetStatusAsync(occurrence);
        var reportedUnit = status.First(s => s.UnitId != unit);
        using var chat = new NudgeChat(harness, connector);
        var first = await chat.AddCoordinatorAsync(organisation, FirstAad, "Cán bộ đầu mối một");
        var second = await chat.AddCoordinatorAsync(organisation, SecondAad, "Cán bộ đầu mối hai");
        var description = (await harness.Bot.Services.GetRequiredService<IReportCompliance>().ForOccurrenceAsync(occurrence, new DateOnly(2022, 4, 25)))!
            .Occurrence.Description;

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 25));
        var monday = await DigestsAsync(harness, organisation);
        Assert.Equal(new[] { first, second }.Order(), monday.Select(n => n.PersonId).Order());
        Assert.All(monday, n => Assert.Equal((NudgeState.Delivered, "digest-20220425", NudgeSlots.At(new(2022, 4, 25), new(8, 0))),
            (n.State, n.Stage, n.SentAt!.Value.ToUniversalTime())));
        var card = CardsSent(connector).Single(c => c.Conversation == monday[0].ConversationId).Card;
        Assert.Equal("Tổng hợp đầu tuần: " + Organisation(Texts(card)[0]), Texts(card)[0]);
        Assert.Equal("Các hạn từ 25/04/2022 đến 09/05/2022, và các đơn vị quá hạn chưa nộp.", Texts(card)[1]);
        Assert.Contains(Texts(card), t => t.StartsWith($"Thứ Bảy, 30/04/2022: {description} (", StringComparison.Ordinal)
            && t.EndsWith($"{status.Count}/{status.Count} đơn vị chưa nộp", StringComparison.Ordinal));

        await harness.Bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(Guid.NewGuid(), occurrence, reportedUnit.UnitId,
            new ReportContent("Đã tổ chức 12 buổi tiếp dân."), new ReportAuthor("someone", "Cán bộ")));
        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 26));
        Assert.Equal(2, (await DigestsAsync(harness, organisation)).Count);

        await harness.RunWorkingDayAsync(new DateOnly(2022, 5, 4)); // Monday 02/05 and Tuesday 03/05 are days off
        var holidayWeek = (await DigestsAsync(harness, organisation)).Where(n => n.Stage == "digest-20220502").ToList();
        Assert.Equal(2, holidayWeek.Count);
        Assert.All(holidayWeek, n => Assert.Equal((NudgeState.Delivered, new DateOnly(2022, 5, 4)), (n.State, n.Day)));
        var late = CardsSent(connector).Single(c => c.Conversation == holidayWeek[0].ConversationId && c.Card.GetRawText().Contains("04/05/2022", StringComparison.Ordinal)).Card;
        var lateLine = Texts(late).Single(t => t.StartsWith(description + " (", StringComparison.Ordinal) && t.Contains("hạn 30/04/2022: ", StringComparison.Ordinal));
        Assert.Contains(status.Single(s => s.UnitId == unit).UnitName, lateLine, StringComparison.Ordinal);
        Assert.DoesNotContain(reportedUnit.UnitName, lateLine, StringComparison.Ordinal);
        Assert.Equal((status.Count - 1).ToString(), Fact(late, CoordinatorNudgeTexts.DigestOverdueUnits));

        // Another instance, or this one restarted, at the same instant: the week's job is done, nothing more is queued.
        var calls = connector.Calls.Count;
        await harness.Bot.Services.GetRequiredService<NudgeScheduler>().RunDayAsync(harness.Clock.GetUtcNow(), default);
        await harness.AdvanceAndDrainAsync(TimeSpan.Zero);
        Assert.Equal(4, (await DigestsAsync(harness, organisation)).Count);
        Assert.Equal(calls, connector.Calls.Count);
    }

    [Theory]
    [InlineData("2022-04-25", "2022-04-25")] // a working Monday
    [InlineData("2022-04-29", "2022-04-25")]
    [InlineData("2022-04-12", "2022-04-12")] // Monday 11/04 is the day off for the Hùng Kings' day
    [InlineData("2022-05-05", "2022-05-04")] // Monday 02/05 and Tuesday 03/05 are days off
    public void DigestDayOf_Week_FirstWorkingDayFromMonday(string day, string digestDay) =>
        Assert.Equal(DateOnly.Parse(digestDay), WeeklyDigest.DigestDayOf(DateOnly.Parse(day), NudgePolicy.Default, new VietnamWorkingCalendar()).DigestDay);

    private static string Organisation(string title) => title["Tổng hợp đầu tuần: ".Length..];

    private static async Task<List<NudgeRecord>> DigestsAsync(NudgeHarness harness, Guid organisation) =>
        (await harness.Outbox.ListAsync(organisation, new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 31), harness.Clock.GetUtcNow()))
            .Where(n => n.Stage.StartsWith("digest-", StringComparison.Ordinal)).ToList();

    private static IEnumerable<(string Conversation, System.Text.Json.JsonElement Card)> CardsSent(FakeConnector connector) =>
        connector.Calls.Where(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal) && c.FirstCard is not null)
            .Select(c => (Uri.UnescapeDataString(c.Path.Split("/conversations/")[1].Split('/')[0]), c.FirstCard!.Value));
}
