using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// "Tình hình gửi nhắc": after a day of reminders where Teams refused two people (blocked, chat gone), the coordinator's
/// card counts the reminders by state, names the failures with their reason in Vietnamese, lists the people never
/// reached and the mutes; a member is refused.
/// </summary>
public sealed class DeliveryViewTests
{
    private const string CoordinatorAad = "00000000-0000-0000-0000-00000000c001";
    private const string MemberAad = "00000000-0000-0000-0000-00000000c002";

    [Theory]
    [InlineData("tình hình gửi nhắc")]
    [InlineData("tinh hinh gui nhac tuan nay")]
    public async Task DeliveryView_AfterFailedSends_CountsReasonsUnreachableAndMutes(string question)
    {
        NudgeHarness? started = null;
        await using var teams = await ScriptedConnector.StartAsync(() => started!.Clock.GetUtcNow());
        await using var chatConnector = await FakeConnector.StartAsync();
        await using var harness = started = await NudgeHarness.StartAsync(
            new DateTimeOffset(2022, 4, 19, 20, 0, 0, TimeSpan.FromHours(7)), teams.ServiceUrl);
        var (organisation, _, unit) = await harness.HalfYearReportOwerAsync();
        using var chat = new NudgeChat(harness, chatConnector);
        await chat.AddCoordinatorAsync(organisation, CoordinatorAad, "Cán bộ đầu mối");
        foreach (var conversation in new[] { ScriptedConnector.Blocked, ScriptedConnector.Gone, "a:fine" })
            await chat.AddReachableAsync(unit, "Cán bộ " + conversation, Guid.NewGuid().ToString(), conversation, teams.ServiceUrl);
        var muted = await chat.AddReachableAsync(unit, "Cán bộ đã tắt nhắc", Guid.NewGuid().ToString(), "a:muted", teams.ServiceUrl);
        await chat.AddReachableAsync(unit, "Cán bộ đơn vị", MemberAad, "a:member", teams.ServiceUrl);

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 20)); // 7 working days before 29/04
        var rows = await harness.Outbox.ListAsync(organisation, new(2022, 4, 11), new(2022, 4, 24), harness.Clock.GetUtcNow());
        var halfYear = rows.First(n => n.PersonName == "Cán bộ a:fine");
        await harness.Bot.Services.GetRequiredService<INudgeReachability>().MuteAsync(organisation,
            new NudgeMute(muted, halfYear.ObligationId, "Cán bộ đã tắt nhắc", "Báo cáo 6 tháng", harness.Clock.GetUtcNow()));

        var answer = await chat.SayAsync(question, CoordinatorAad);
        var card = answer.FirstCard!.Value;

        Assert.Equal((rows.Count(n => n.State == NudgeState.Delivered).ToString(), "2", "0"),
            (Fact(card, CoordinatorNudgeTexts.Delivered), Fact(card, CoordinatorNudgeTexts.Failed), Fact(card, CoordinatorNudgeTexts.Pending)));
        Assert.Equal("Các lời nhắc từ 11/04/2022 đến 24/04/2022", Texts(card)[1]);
        var lines = Texts(card);
        Assert.Contains(lines, l => l.StartsWith("Cán bộ a:blocked,", StringComparison.Ordinal) && l.Contains("người nhận đã chặn ứng dụng", StringComparison.Ordinal)
            && l.EndsWith("ngày 20/04/2022)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Cán bộ a:gone,", StringComparison.Ordinal) && l.Contains("cuộc trò chuyện không còn", StringComparison.Ordinal));
        Assert.Contains(CoordinatorNudgeTexts.UnreachableHeading, lines);
        Assert.Contains("Cán bộ a:blocked: người nhận đã chặn ứng dụng (từ 20/04/2022)", lines);
        Assert.Contains("Cán bộ a:gone: cuộc trò chuyện không còn (từ 20/04/2022)", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Cán bộ a:fine:", StringComparison.Ordinal));
        Assert.Contains("Cán bộ đã tắt nhắc: Báo cáo 6 tháng (từ 20/04/2022)", lines);
        Assert.Contains("Tình hình gửi nhắc", answer.Summary, StringComparison.Ordinal);

        var refused = await chat.SayAsync(question, MemberAad);
        Assert.StartsWith(AccessTexts.NeedCoordinator[..40], refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ThousandsOfFailures_FitsTheCardKeepsTheOtherSectionsAndCountsTheRest()
    {
        // What DeliveryView hands over for a province: the first 200 failures read, 2,800 more only counted.
        var failures = Enumerable.Range(1, DeliveryView.MaxFailedRead).Select(i => new NudgeOverviewLine(
            $"Cán bộ số {i}, UBND phường Trương Quang Trọng: người nhận chưa cài ứng dụng (Báo cáo kết quả thực hiện công tác dân vận 6 tháng, ngày 20/04/2022)")).ToList();
        var unreached = Enumerable.Range(1, 4).Select(i => new NudgeOverviewLine($"Người chưa cài {i}: người nhận chưa cài ứng dụng (từ 20/04/2022)")).ToList();
        var data = new NudgeOverviewCardData("Tình hình gửi nhắc: UBND tỉnh", null, [new("Không gửi được", "3000")],
            [new("Không gửi được", failures), new("Chưa liên lạc được", unreached), new("Đã tắt nhắc", [new("Trần Thị Bình: Báo cáo 6 tháng (từ 20/04/2022)")])]);

        var activity = OverviewCards.Build(data, "Tình hình gửi nhắc", notListed: 3000 - DeliveryView.MaxFailedRead);

        Assert.True(CardMessage.SerializedBytes(activity) < CardMessage.MaxActivityBytes, $"{CardMessage.SerializedBytes(activity)} bytes");
        var card = activity.Attachments![0].Content!.Value;
        var shown = Texts(card).Count(t => t.StartsWith("Cán bộ số ", StringComparison.Ordinal));
        Assert.InRange(shown, 1, OverviewCards.MaxLines);
        Assert.Equal(4, Texts(card).Count(t => t.StartsWith("Người chưa cài ", StringComparison.Ordinal)));
        Assert.Contains("Trần Thị Bình: Báo cáo 6 tháng (từ 20/04/2022)", Texts(card));
        Assert.Contains($"… và {3000 - shown} nhắc khác.", Texts(card));
        Assert.Equal("3000", Fact(card, "Không gửi được"));
    }

    [Fact]
    public void Weeks_Wednesday_LastMondayToThisSunday()
    {
        Assert.Equal((new DateOnly(2022, 4, 11), new DateOnly(2022, 4, 24)), DeliveryView.Weeks(new DateOnly(2022, 4, 20)));
        Assert.Equal((new DateOnly(2022, 4, 11), new DateOnly(2022, 4, 24)), DeliveryView.Weeks(new DateOnly(2022, 4, 24)));
    }
}
