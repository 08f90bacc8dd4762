using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Roster;

/// <summary>Several people talking to one running bot, each in their own personal chat (conversation "a:{name}").</summary>
public sealed class RosterChat(RunningBot bot, FakeConnector connector) : IDisposable
{
    private readonly HttpClient http = new();

    public static string Aad(string person) =>
        "00000000-0000-4000-8000-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(person)))[..12];

    public static string Conversation(string person) => "a:" + person;

    public JsonObject Message(string person, string text)
    {
        var activity = Activities.Message(connector.ServiceUrl, text, Conversation(person), Aad(person));
        activity["from"]!["id"] = "29:" + person;
        activity["from"]!["name"] = person;
        return activity;
    }

    public JsonObject Action(string person, string verb, JsonObject data)
    {
        var activity = Activities.CardAction(connector.ServiceUrl, verb, data, Conversation(person));
        activity["from"]!["id"] = "29:" + person;
        activity["from"]!["aadObjectId"] = Aad(person);
        activity["from"]!["name"] = person;
        return activity;
    }

    /// <summary>Sends a message and returns the bot's first answer.</summary>
    public async Task<RecordedCall> SayAsync(string person, string text)
    {
        using (await http.PostAsync(bot.MessagesUrl, Message(person, text))) { }
        return await connector.NextCallAsync();
    }

    /// <summary>Presses a card button (Action.Execute) and returns the invoke answer {statusCode, type, value}.</summary>
    public async Task<JsonElement> PressAsync(string person, string verb, JsonObject data)
    {
        using var response = await http.PostAsync(bot.MessagesUrl, Action(person, verb, data));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    /// <summary>Gives the person a stored personal conversation (as talking to the bot once does) and drains the answer.</summary>
    public async Task MeetAsync(string person) => await SayAsync(person, "trợ giúp");

    public void Dispose() => http.Dispose();
}
