using System.Text.Json;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// "Tắt nhắc việc này" on a reminder: the person's waiting reminders of the obligation are cancelled (a snoozed one
/// too), later days skip them but not their colleague, coordinators see the mute; "Bật lại nhắc" brings the next ones
/// back. Nobody can mute another person's reminder.
/// </summary>
public sealed class NudgeMuteTests
{
    private const string MutingAad = "00000000-0000-0000-0000-00000000f001";
    private const string ColleagueAad = "00000000-0000-0000-0000-00000000f002";
    private const string CoordinatorAad = "00000000-0000-0000-0000-00000000f003";

    [Fact]
    public async Task Mute_FromTheCard_StopsThatPersonUntilUnmuted()
    {
        await using var connector = await FakeConnector.StartAsync();
        await using var harness = await NudgeHarness.StartAsync(new DateTimeOffset(2022, 4, 19, 20, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, _, unit) = await harness.HalfYearReportOwerAsync();
        using var chat = new NudgeChat(harness, connector);
        var muting = await harness.Roster.AddAsync(unit, "Cán bộ tắt nhắc", aadObjectId: MutingAad);
        var colleague = await harness.Roster.AddAsync(unit, "Cán bộ đồng nghiệp", aadObjectId: ColleagueAad);
        await chat.AddCoordinatorAsync(organisation, CoordinatorAad, "Cán bộ đầu mối");

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 20));
        var reminder = (await RowsAsync(harness, organisation, new DateOnly(2022, 4, 20))).Single(n => n.PersonId == muting);
        var card = CardSentTo(connector, reminder);
        await chat.PressAsync(SnoozeNudgeHandler.Verb, Press(Buttons(card, SnoozeNudgeHandler.Verb).Single()), MutingAad);

        var notYours = await chat.PressAsync(MuteNudgeHandler.Verb, Press(Buttons(card, MuteNudgeHandler.Verb).Single()), ColleagueAad);
        Assert.Equal(NudgeTexts.NotYours, notYours.GetProperty("value").GetString());
        var mutedCard = Card(await chat.PressAsync(MuteNudgeHandler.Verb, Press(Buttons(card, MuteNudgeHandler.Verb).Single()), MutingAad));

        Assert.Contains(NudgeTexts.Muted, Texts(mutedCard));
        Assert.Single(Buttons(mutedCard, UnmuteNudgeHandler.Verb));
        Assert.Empty(Buttons(mutedCard, MuteNudgeHandler.Verb));
        Assert.Empty(Buttons(mutedCard, SnoozeNudgeHandler.Verb));
        var reachability = harness.Bot.Services.GetRequiredService<INudgeReachability>();
        Assert.Equal([(muting, reminder.ObligationId)], await reachability.FindMutedAsync([muting, colleague]));
        var snoozed = (await RowsAsync(harness, organisation, new DateOnly(2022, 4, 20))).Single(n => n.Stage.EndsWith("/later", StringComparison.Ordinal));
        Assert.Equal((NudgeState.Cancelled, NudgeFailure.Muted), (snoozed.State, snoozed.Failure));

        var delivery = (await chat.SayAsync("tinh hinh gui nhac", CoordinatorAad)).FirstCard!.Value;
        Assert.Contains($"Cán bộ tắt nhắc: {NudgeCards(reminder).Description} (từ 20/04/2022)", Texts(delivery));
        Assert.Contains(CoordinatorNudgeTexts.MutesHeading, Texts(delivery));

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 26)); // 3 working days before 29/04
        Assert.Equal([colleague], (await RowsAsync(harness, organisation, new DateOnly(2022, 4, 26))).Select(n => n.PersonId));

        var unmutedCard = Card(await chat.PressAsync(UnmuteNudgeHandler.Verb, Press(Buttons(mutedCard, UnmuteNudgeHandler.Verb).Single()), MutingAad));
        Assert.Contains(NudgeTexts.Unmuted, Texts(unmutedCard));
        Assert.Single(Buttons(unmutedCard, MuteNudgeHandler.Verb));
        Assert.Empty(await reachability.FindMutedAsync([muting]));

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 28)); // 1 working day before
        Assert.Equal(new[] { muting, colleague }.Order(), (await RowsAsync(harness, organisation, new DateOnly(2022, 4, 28))).Select(n => n.PersonId).Order());
    }

    private static Cards.Data.NudgeCardData NudgeCards(NudgeRecord nudge) => Features.Nudges.Planning.NudgeCards.Read(nudge.CardData).Card;

    private static async Task<List<NudgeRecord>> RowsAsync(NudgeHarness harness, Guid organisation, DateOnly day) =>
        (await harness.Outbox.ListAsync(organisation, day, day, harness.Clock.GetUtcNow())).ToList();

    private static JsonElement CardSentTo(FakeConnector connector, NudgeRecord nudge)
    {
        Assert.Equal(NudgeState.Delivered, nudge.State);
        return connector.Calls.Single(c => c.Method == "POST"
            && c.Path.EndsWith($"/conversations/{Uri.EscapeDataString(nudge.ConversationId!)}/activities", StringComparison.Ordinal)).FirstCard!.Value;
    }

    private static JsonElement Card(JsonElement invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", invokeAnswer.GetProperty("type").GetString());
        return invokeAnswer.GetProperty("value");
    }
}
