using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Conversations;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Nudges;

/// <summary>
/// People talking to the reminder harness's bot over real HTTP (/api/messages): messages whose answers come back
/// through a loopback Connector, and card presses whose answers come back in the invoke response.
/// </summary>
internal sealed class NudgeChat(NudgeHarness harness, FakeConnector connector) : IDisposable
{
    private readonly HttpClient http = new();
    private int turns;

    /// <summary>Gives <paramref name="aadObjectId"/> the coordinator role in the organisation (on its first unit).</summary>
    public async Task<Guid> AddCoordinatorAsync(Guid organisationId, string aadObjectId, string name)
    {
        var unit = (await harness.Bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(organisationId))[0];
        var roster = harness.Bot.Services.GetRequiredService<IRosterStore>();
        await roster.GrantAsync(new PersonIdentity(aadObjectId, null, name, NudgeHarness.Tenant), unit.Id, RosterRole.Coordinator,
            new AuditEntry("test", null, "roster.grant", "nudge test"));
        return (await roster.FindByAadObjectIdAsync(aadObjectId))!.PersonId;
    }

    /// <summary>A unit member with a stored 1:1 conversation (so the sender need not create one).</summary>
    public async Task<Guid> AddReachableAsync(Guid unitId, string name, string aadObjectId, string conversationId, string serviceUrl)
    {
        var person = await harness.Roster.AddAsync(unitId, name, aadObjectId: aadObjectId);
        await harness.Bot.Services.GetRequiredService<IConversationReferenceStore>().UpsertAsync(new ConversationReferenceRecord
        {
            ConversationId = conversationId, ChannelId = "msteams", ServiceUrl = serviceUrl, ConversationType = "personal",
            TenantId = NudgeHarness.Tenant, BotId = Activities.BotId, UserAadObjectId = aadObjectId,
        });
        return person;
    }

    /// <summary>Sends <paramref name="text"/> as <paramref name="aadObjectId"/> and returns the bot's first answer.</summary>
    public async Task<RecordedCall> SayAsync(string text, string aadObjectId)
    {
        var conversation = $"a:nudge-chat-{Interlocked.Increment(ref turns)}";
        var message = Activities.Message(connector.ServiceUrl, text, conversation, aadObjectId);
        using var response = await http.PostAsync(harness.Bot.MessagesUrl, message);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {response.StatusCode}");
        return await connector.NextCallToAsync(conversation, TimeSpan.FromSeconds(60));
    }

    /// <summary>Presses a card button as <paramref name="aadObjectId"/>; returns the invoke's answer (a card or a message).</summary>
    public async Task<JsonElement> PressAsync(string verb, JsonObject data, string aadObjectId)
    {
        var press = Activities.CardAction(connector.ServiceUrl, verb, data, $"a:nudge-chat-{Interlocked.Increment(ref turns)}");
        press["from"]!["aadObjectId"] = aadObjectId;
        using var response = await http.PostAsync(harness.Bot.MessagesUrl, press);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public void Dispose() => http.Dispose();
}
