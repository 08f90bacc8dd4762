using System.Net;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.Ask;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.TestSupport;

/// <summary>
/// The real bot over real HTTP with a recording Connector, a stopped clock and its route log: send what a user types,
/// get every message the bot sent for that turn. A turn's end is known without waiting: a marker message follows the
/// question in the same conversation (turns of one conversation run in order), and the turn is over when the marker's
/// own reply arrives.
/// </summary>
public sealed class ChatHarness : IAsyncDisposable
{
    public const string NewUser = "00000000-0000-0000-0000-0000000000a1";
    private const string Marker = "zz-marker";
    private readonly HttpClient http = new();

    private ChatHarness(RunningBot bot, FakeConnector connector, RouteLog routes)
    {
        Bot = bot;
        Connector = connector;
        Routes = routes;
    }

    public RunningBot Bot { get; }
    public FakeConnector Connector { get; }
    public RouteLog Routes { get; }

    public static async Task<ChatHarness> StartAsync(
        DateTimeOffset? now, IDictionary<string, string?>? settings = null, string environment = "Development")
    {
        var connector = await FakeConnector.StartAsync();
        var routes = new RouteLog();
        var bot = await RunningBot.StartAsync(settings, environment, services =>
        {
            if (now is { } instant) services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FixedClock(instant)));
            services.AddSingleton<ILoggerProvider>(routes);
        });
        return new ChatHarness(bot, connector, routes);
    }

    /// <summary>
    /// Puts <paramref name="userAad"/> on the roster in a unit with a role, as an administrator would (organisation found
    /// by part of its name). The role is the roster's, never the unit's: a member of the Nội vụ office is no coordinator.
    /// </summary>
    public async Task<UnitInfo> JoinAsync(string userAad, string organisationPart, string unitName, RosterRole role = RosterRole.Member)
    {
        var organisations = Bot.Services.GetRequiredService<IOrganisationStore>();
        var organisation = (await organisations.ListOrganisationsAsync())
            .Single(o => o.Name.Contains(organisationPart, StringComparison.OrdinalIgnoreCase));
        return await RosterSeeding.GrantAsync(Bot.Services, userAad, organisation.Name, unitName, role);
    }

    /// <summary>Sends <paramref name="text"/> as a 1:1 message and returns the route that took it and every message sent back.</summary>
    public async Task<ChatTurn> AskAsync(string text, string userAad = NewUser)
    {
        var question = Activities.Message(Connector.ServiceUrl, text, userAad: userAad);
        await PostAsync(question, HttpStatusCode.Accepted);
        var replies = await RepliesUntilMarkerAsync(userAad);
        return new ChatTurn(Routes.RouteOf((string)question["id"]!), replies); // routed before the marker was answered
    }

    private async Task<IReadOnlyList<RecordedCall>> RepliesUntilMarkerAsync(string userAad)
    {
        var marker = Activities.Message(Connector.ServiceUrl, Marker, userAad: userAad);
        await PostAsync(marker, HttpStatusCode.Accepted);
        var replies = new List<RecordedCall>();
        var markerId = (string)marker["id"]!;
        while (true)
        {
            var call = await Connector.NextCallAsync();
            if (call.Path.EndsWith("/activities/" + markerId, StringComparison.Ordinal)) return replies;
            replies.Add(call);
        }
    }

    /// <summary>Presses a card button sent as Action.Execute; the HTTP answer and the messages the press sent.</summary>
    public async Task<(JsonNode? Response, ChatTurn Turn)> PressAsync(string verb, JsonObject data, string userAad = NewUser)
    {
        var press = Activities.CardAction(Connector.ServiceUrl, verb, data);
        press["from"]!["aadObjectId"] = userAad;
        using var response = await http.PostAsync(Bot.MessagesUrl, press);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var replies = await RepliesUntilMarkerAsync(userAad); // everything the press sent arrives before the marker's reply
        return (body, new ChatTurn(Routes.RouteOf((string)press["id"]!), replies));
    }

    private async Task PostAsync(JsonObject activity, HttpStatusCode expected)
    {
        using var response = await http.PostAsync(Bot.MessagesUrl, activity);
        Assert.Equal(expected, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>One turn as the user saw it: the route that answered and the messages, in order.</summary>
public sealed record ChatTurn(string? Route, IReadOnlyList<RecordedCall> Replies)
{
    public string AllText => string.Join('\n', Replies.Select(r => r.AllText));

    /// <summary>The first answer-list card of the turn (the answer itself).</summary>
    public System.Text.Json.JsonElement Card => Replies.Select(r => r.FirstCard).First(c => c is not null)!.Value;

    /// <summary>The list lines of the first card: each top-level Container of its body.</summary>
    public IReadOnlyList<string> Lines => Card.GetProperty("body").EnumerateArray()
        .Where(e => e.GetProperty("type").GetString() == "Container")
        .Select(e => string.Join(" | ", Texts(e)))
        .ToList();

    private static IEnumerable<string> Texts(System.Text.Json.JsonElement element) =>
        element.TryGetProperty("text", out var text) ? [text.GetString()!]
        : element.TryGetProperty("items", out var items) ? items.EnumerateArray().SelectMany(Texts)
        : [];
}
