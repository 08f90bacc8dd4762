using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Nudges;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>403, 404 and 429 from the Connector: recorded for the delivery view; 403/404 stop further attempts; 429 waits as told.</summary>
public sealed class NudgeDeliveryFailureTests
{
    [Fact]
    public async Task Send_BlockedGoneThrottled_RecordedStoppedAndWaitedAsTold()
    {
        NudgeHarness? started = null;
        await using var connector = await ScriptedConnector.StartAsync(() => started!.Clock.GetUtcNow());
        await using var harness = started = await NudgeHarness.StartAsync(
            new DateTimeOffset(2022, 4, 19, 20, 0, 0, TimeSpan.FromHours(7)), connector.ServiceUrl);
        var (organisation, _, unit) = await harness.HalfYearReportOwerAsync();
        var conversations = harness.Bot.Services.GetRequiredService<IConversationReferenceStore>();
        var people = new Dictionary<string, Guid>();
        foreach (var conversation in new[] { ScriptedConnector.Blocked, ScriptedConnector.Gone, ScriptedConnector.Throttled, "a:fine" })
        {
            var aad = Guid.NewGuid().ToString();
            people[conversation] = await harness.Roster.AddAsync(unit, "Cán bộ " + conversation, aadObjectId: aad);
            await conversations.UpsertAsync(new ConversationReferenceRecord
            {
                ConversationId = conversation, ChannelId = "msteams", ServiceUrl = connector.ServiceUrl, ConversationType = "personal",
                TenantId = NudgeHarness.Tenant, BotId = Activities.BotId, UserAadObjectId = aad,
            });
        }

        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 20)); // 7 working days before 29/04
        var eight = harness.Clock.GetUtcNow();
        var rows = await RowsAsync(harness, organisation, people);

        Assert.Equal((NudgeState.Failed, NudgeFailure.BlockedByUser, 403), (rows[ScriptedConnector.Blocked].State, rows[ScriptedConnector.Blocked].Failure, rows[ScriptedConnector.Blocked].LastStatusCode));
        Assert.Equal((NudgeState.Failed, NudgeFailure.ConversationGone, 404), (rows[ScriptedConnector.Gone].State, rows[ScriptedConnector.Gone].Failure, rows[ScriptedConnector.Gone].LastStatusCode));
        Assert.Equal((NudgeState.Pending, NudgeFailure.Throttled, 429), (rows[ScriptedConnector.Throttled].State, rows[ScriptedConnector.Throttled].Failure, rows[ScriptedConnector.Throttled].LastStatusCode));
        Assert.Equal(eight.AddSeconds(ScriptedConnector.RetryAfterSeconds), rows[ScriptedConnector.Throttled].NotBefore);
        Assert.Equal(NudgeState.Delivered, rows["a:fine"].State);

        // 429: nothing before Retry-After has passed, then exactly one more call.
        await harness.AdvanceAndDrainAsync(TimeSpan.FromSeconds(ScriptedConnector.RetryAfterSeconds - 1));
        Assert.Equal(1, connector.CallsTo(ScriptedConnector.Throttled));
        await harness.AdvanceAndDrainAsync(TimeSpan.FromSeconds(1));
        var throttledCalls = connector.Calls.Where(c => c.Conversation == ScriptedConnector.Throttled).ToList();
        Assert.Equal([429, 201], throttledCalls.Select(c => c.Status));
        Assert.Equal(TimeSpan.FromSeconds(ScriptedConnector.RetryAfterSeconds), throttledCalls[1].At - throttledCalls[0].At);
        Assert.Equal(NudgeState.Delivered, (await RowsAsync(harness, organisation, people))[ScriptedConnector.Throttled].State);

        // The next reminders (3 working days before): 403 and 404 addresses are not tried again, the others are.
        await harness.RunWorkingDayAsync(new DateOnly(2022, 4, 26));
        Assert.Equal((1, 1, 2), (connector.CallsTo(ScriptedConnector.Blocked), connector.CallsTo(ScriptedConnector.Gone), connector.CallsTo("a:fine")));
        var later = (await harness.Outbox.ListAsync(organisation, new DateOnly(2022, 4, 26), new DateOnly(2022, 4, 26), harness.Clock.GetUtcNow()))
            .Where(n => n.PersonId == people[ScriptedConnector.Blocked] || n.PersonId == people[ScriptedConnector.Gone]).ToList();
        Assert.Equal([NudgeFailure.BlockedByUser, NudgeFailure.ConversationGone], later.OrderBy(n => n.PersonName).Select(n => n.Failure));

        var unreachable = await harness.Bot.Services.GetRequiredService<INudgeReachability>().ListUnreachableAsync(organisation);
        Assert.Equal([NudgeFailure.BlockedByUser, NudgeFailure.ConversationGone], unreachable.Select(u => u.Reason).Order());
    }

    private static async Task<Dictionary<string, NudgeRecord>> RowsAsync(NudgeHarness harness, Guid organisation, Dictionary<string, Guid> people)
    {
        var day = Domain.Nudges.NudgeSlots.Local(harness.Clock.GetUtcNow()).Day;
        var rows = await harness.Outbox.ListAsync(organisation, new DateOnly(2022, 4, 20), day, harness.Clock.GetUtcNow());
        return people.ToDictionary(p => p.Key, p => rows.Single(n => n.PersonId == p.Value && n.Day == new DateOnly(2022, 4, 20)));
    }
}
