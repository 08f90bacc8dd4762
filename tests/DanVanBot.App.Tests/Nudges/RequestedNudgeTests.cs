using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Nudges;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// "Nhắc các đơn vị chưa nộp báo cáo 6 tháng": a preview (which units, how many people; reported units and mutes left
/// out) with "Gửi nhắc" and "Hủy"; "Gửi nhắc" queues the reminders and the sender delivers them; pressed again it sends
/// nothing more; a member is refused both the question and the button.
/// </summary>
public sealed class RequestedNudgeTests
{
    private const string CoordinatorAad = "00000000-0000-0000-0000-00000000d001";
    private const string MemberAad = "00000000-0000-0000-0000-00000000d002";

    [Theory]
    [InlineData("nhắc các đơn vị chưa nộp báo cáo 6 tháng")]
    [InlineData("nhac cac don vi chua nop bao cao 6 thang")]
    public async Task RemindMissing_PreviewThenSendTwice_QueuesOncePerPersonAndNeverReportedUnits(string question)
    {
        await using var connector = await FakeConnector.StartAsync();
        // Thursday 21/04/2022 09:00, within working hours: "Gửi nhắc" sends at once.
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 4, 21, 9, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, occurrence, unit) = await harness.HalfYearReportOwerAsync();
        var status = await harness.Bot.Services.GetRequiredService<IReportStore>().GetStatusAsync(occurrence);
        var reportedUnit = status.First(s => s.UnitId != unit).UnitId;
        using var chat = new NudgeChat(harness, connector);
        await chat.AddCoordinatorAsync(organisation, CoordinatorAad, "Cán bộ đầu mối");
        var first = await chat.AddReachableAsync(unit, "Cán bộ thứ nhất", Guid.NewGuid().ToString(), "a:first", connector.ServiceUrl);
        var second = await chat.AddReachableAsync(unit, "Cán bộ thứ hai", MemberAad, "a:second", connector.ServiceUrl);
        var muted = await chat.AddReachableAsync(unit, "Cán bộ đã tắt nhắc", Guid.NewGuid().ToString(), "a:muted", connector.ServiceUrl);
        var ofReported = await chat.AddReachableAsync(reportedUnit, "Cán bộ đơn vị đã nộp", Guid.NewGuid().ToString(), "a:reported", connector.ServiceUrl);
        await harness.Bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(Guid.NewGuid(), occurrence, reportedUnit,
            new ReportContent("Đã tổ chức 12 buổi tiếp dân."), new ReportAuthor("someone", "Cán bộ đơn vị đã nộp")));
        var obligation = (await harness.Bot.Services.GetRequiredService<IReportCompliance>().ForOccurrenceAsync(occurrence, new DateOnly(2022, 4, 21)))!;
        var planned = await harness.Bot.Services.GetRequiredService<RequestedNudges>().PlanAsync(occurrence, harness.Clock.GetUtcNow(), default);
        await harness.Bot.Services.GetRequiredService<INudgeReachability>().MuteAsync(organisation,
            new NudgeMute(muted, planned!.Occurrence.ObligationId, "Cán bộ đã tắt nhắc", obligation.Occurrence.Description, harness.Clock.GetUtcNow()));

        var preview = (await chat.SayAsync(question, CoordinatorAad)).FirstCard!.Value;

        Assert.Equal(occurrence.ToString(), Buttons(preview, SendRequestedNudgeHandler.Verb).Single().GetProperty("data").GetProperty("occurrenceId").GetString());
        Assert.Single(Buttons(preview, CancelRequestedNudgeHandler.Verb));
        Assert.Equal(("2", CoordinatorNudgeTexts.RemindNow), (Fact(preview, CoordinatorNudgeTexts.RemindPeople), Fact(preview, CoordinatorNudgeTexts.RemindAt)));
        Assert.Equal((status.Count - 1).ToString(), Fact(preview, CoordinatorNudgeTexts.RemindUnitsMissing));
        Assert.Equal("1", Fact(preview, CoordinatorNudgeTexts.RemindUnitsReported));
        Assert.Contains(Texts(preview), t => t.Contains("30/04/2022", StringComparison.Ordinal) && t.Contains(obligation.Occurrence.Description, StringComparison.Ordinal));
        Assert.Contains(Texts(preview), t => t.EndsWith(": 2 người (1 người đã tắt nhắc)", StringComparison.Ordinal));
        Assert.Empty(await RequestedRowsAsync(harness, organisation)); // a preview sends nothing

        var sent = Card(await chat.PressAsync(SendRequestedNudgeHandler.Verb, Press(Buttons(preview, SendRequestedNudgeHandler.Verb).Single()), CoordinatorAad));
        Assert.Contains("Đã xếp 2 lời nhắc cho 1 đơn vị chưa nộp.", Texts(sent));
        Assert.Empty(Buttons(sent, SendRequestedNudgeHandler.Verb));
        await harness.AdvanceAndDrainAsync(TimeSpan.Zero);
        var rows = await RequestedRowsAsync(harness, organisation);
        Assert.Equal(new[] { first, second }.Order(), rows.Select(r => r.PersonId).Order());
        Assert.All(rows, r => Assert.Equal((NudgeState.Delivered, "requested-20220421", unit), (r.State, r.Stage, r.UnitId)));
        Assert.DoesNotContain(rows, r => r.PersonId == ofReported || r.PersonId == muted);
        var reminders = connector.Calls.Count(c => c.Method == "POST" && c.AllText.Contains("Cơ quan đầu mối nhắc", StringComparison.Ordinal));
        Assert.Equal(2, reminders);

        var again = Card(await chat.PressAsync(SendRequestedNudgeHandler.Verb, Press(Buttons(preview, SendRequestedNudgeHandler.Verb).Single()), CoordinatorAad));
        Assert.Contains("Đã xếp 0 lời nhắc cho 1 đơn vị chưa nộp. 2 người đã được xếp nhắc hôm nay nên không gửi lại.", Texts(again));
        await harness.AdvanceAndDrainAsync(TimeSpan.Zero);
        Assert.Equal(2, (await RequestedRowsAsync(harness, organisation)).Count);
        Assert.Equal(2, connector.Calls.Count(c => c.Method == "POST" && c.AllText.Contains("Cơ quan đầu mối nhắc", StringComparison.Ordinal)));

        var audited = (await harness.Bot.Services.GetRequiredService<IAuditLog>().ListAsync(DateTimeOffset.MinValue)).Where(a => a.Action == "nudge.send").ToList();
        Assert.Equal([CoordinatorAad, CoordinatorAad], audited.Select(a => a.Actor));
        Assert.All(audited, a => Assert.Equal(organisation, a.OrganisationId));

        var cancelled = await chat.PressAsync(CancelRequestedNudgeHandler.Verb, Press(Buttons(preview, CancelRequestedNudgeHandler.Verb).Single()), CoordinatorAad);
        Assert.Equal(CoordinatorNudgeTexts.RemindCancelled, cancelled.GetProperty("value").GetString());

        var refusedButton = await chat.PressAsync(SendRequestedNudgeHandler.Verb, Press(Buttons(preview, SendRequestedNudgeHandler.Verb).Single()), MemberAad);
        Assert.StartsWith(AccessTexts.NeedCoordinator[..40], refusedButton.GetProperty("value").GetString(), StringComparison.Ordinal);
        var refusedQuestion = await chat.SayAsync(question, MemberAad);
        Assert.StartsWith(AccessTexts.NeedCoordinator[..40], refusedQuestion.Text, StringComparison.Ordinal);
        Assert.Equal(2, (await RequestedRowsAsync(harness, organisation)).Count);
    }

    [Theory]
    [InlineData("nhắc các đơn vị chưa nộp báo cáo 6 tháng", "6 thang")]
    [InlineData("Nhắc các đơn vị chưa nộp", "")]
    [InlineData("nhac don vi chua gui bao cao quy 2?", "quy 2")]
    [InlineData("nhắc những đơn vị chưa báo cáo việc tiếp dân", "viec tiep dan")]
    public void WordsOf_Command_LeavesTheDutysWords(string text, string words) => Assert.Equal(words, RemindMissingHandler.WordsOf(text));

    [Theory]
    [InlineData("nhắc các đơn vị chưa nộp báo cáo quý 2?", "quý 2")]
    [InlineData("Nhắc các đơn vị   chưa nộp việc tiếp dân", "việc tiếp dân")]
    public void AsTyped_FoldedWords_KeepTheirDiacritics(string text, string typed) =>
        Assert.Equal(typed, RemindMissingHandler.AsTyped(text, RemindMissingHandler.WordsOf(text)));

    [Fact]
    public async Task RemindMissing_WordsMatchNothingAndNobodyListed_SaysSoWithoutSendButton()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 4, 21, 9, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, _, _) = await harness.HalfYearReportOwerAsync();
        using var chat = new NudgeChat(harness, connector);
        await chat.AddCoordinatorAsync(organisation, CoordinatorAad, "Cán bộ đầu mối");

        var preview = (await chat.SayAsync("nhắc các đơn vị chưa nộp báo cáo chăn nuôi gia cầm", CoordinatorAad)).FirstCard!.Value;

        Assert.StartsWith("Không có việc nào khớp với chăn nuôi gia cầm mà còn đơn vị chưa nộp", Texts(preview)[1], StringComparison.Ordinal);
        // Nobody of the owing units is in the roster yet: nothing to send, and the card says why instead of offering the button.
        Assert.Empty(Buttons(preview, SendRequestedNudgeHandler.Verb));
        Assert.Contains(CoordinatorNudgeTexts.RemindNoOne, Texts(preview));
        Assert.Equal("0", Fact(preview, CoordinatorNudgeTexts.RemindPeople));
    }

    private static async Task<List<NudgeRecord>> RequestedRowsAsync(NudgeHarness harness, Guid organisation) =>
        (await harness.Outbox.ListAsync(organisation, new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 31), harness.Clock.GetUtcNow()))
            .Where(n => n.Stage.StartsWith("requested-", StringComparison.Ordinal)).ToList();

    private static JsonElement Card(JsonElement invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeAnswer.GetProperty("type").GetString());
        return invokeAnswer.GetProperty("value");
    }
}
