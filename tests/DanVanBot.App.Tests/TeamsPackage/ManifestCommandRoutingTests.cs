using System.Net;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DanVanBot.App.Tests.TeamsPackage;

/// <summary>
/// Every command the Teams menu offers, in every scope and language, sent as Teams sends it to the real bot over
/// HTTP, reaches a real handler of the real route table — not the fallback.
/// </summary>
public sealed class ManifestCommandRoutingTests : IAsyncLifetime
{
    // Routes that answer without doing the job: the fallback. ("nộp báo cáo" now opens the report form: reports:open.)
    private static readonly string[] NotAHandler = [RouteRecorder.NoRoute, "ask:fallback"];

    private readonly RouteRecorder routes = new();
    private readonly HttpClient http = new();
    private RunningBot bot = null!;
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        bot = await RunningBot.StartAsync(replaceServices: services => services.AddSingleton<ILoggerProvider>(routes));
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await bot.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task EveryMenuCommand_InEveryScopeAndLanguage_ReachesARealHandler()
    {
        var commands = TestPackage.Build().CommandTitles().ToList();
        Assert.NotEmpty(commands);

        var outcomes = new List<(string Scope, string Title, string Route)>();
        foreach (var (scope, title) in commands) outcomes.Add((scope, title, await RouteAsync(scope, title)));

        var unanswered = outcomes.Where(o => NotAHandler.Contains(o.Route)).Select(o => $"{o.Scope} “{o.Title}” → {o.Route}").ToList();
        Assert.True(unanswered.Count == 0, "Menu commands without a real handler: " + string.Join("; ", unanswered));
    }

    [Theory]
    [InlineData("personal", "xyz abc", "ask:fallback")]
    [InlineData("team", "con mèo nhà hàng xóm", "ask:fallback")]
    public async Task Recorder_SeesTheRoutesThatDoNotCount(string scope, string text, string expected)
    {
        Assert.Equal(expected, await RouteAsync(scope, text));
    }

    private async Task<string> RouteAsync(string scope, string title)
    {
        var activity = Teams(scope, title);
        using var response = await http.PostAsync(bot.MessagesUrl, activity);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return await routes.RouteOfAsync(activity["id"]!.GetValue<string>());
    }

    /// <summary>
    /// The message Teams sends when a user picks the command: as typed in a personal chat; in a channel or group
    /// chat, after an @mention of the bot, which Teams puts into the text as &lt;at&gt;…&lt;/at&gt; with a mention entity.
    /// </summary>
    private JsonObject Teams(string scope, string title)
    {
        var conversationId = scope switch
        {
            "team" => "19:general@thread.tacv2;messageid=1764500000000",
            "groupChat" => "19:meeting-group@thread.v2",
            _ => "a:personal-1",
        };
        var activity = Activities.Message(connector.ServiceUrl, title, conversationId);
        if (scope == "personal") return activity;

        const string mention = "<at>Trợ lý Dân vận</at>";
        activity["text"] = $"{mention} {title}";
        activity["conversation"]!["conversationType"] = scope == "team" ? "channel" : "groupChat";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = mention,
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "Trợ lý Dân vận" },
        });
        if (scope == "team")
        {
            activity["channelData"]!["teamsChannelId"] = "19:general@thread.tacv2";
            activity["channelData"]!["teamsTeamId"] = "19:team@thread.tacv2";
        }
        return activity;
    }
}
