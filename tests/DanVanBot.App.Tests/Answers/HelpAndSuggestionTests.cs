using System.Text.Json;
using System.Text.RegularExpressions;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Help;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Answers;

/// <summary>
/// Help lists only what works, each line tied to the route that answers it (point 4), and every suggestion the bot makes
/// is answered for the user it was made to (point 5). The walk is driven by a list of askers and by whatever the bot
/// actually suggests (suggested actions, card buttons, “quoted” examples in its texts), so it keeps working when the
/// roles, texts or features change.
/// </summary>
public sealed partial class HelpAndSuggestionTests : IAsyncLifetime
{
    private const string Member = "00000000-0000-0000-0000-00000000e001";
    private const string Coordinator = "00000000-0000-0000-0000-00000000c001";
    private const string Administrator = "00000000-0000-0000-0000-00000000ad01";
    private ChatHarness chat = null!;

    public async Task InitializeAsync()
    {
        chat = await ChatHarness.StartAsync(
            new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.FromHours(7)), new Dictionary<string, string?> { ["Roster:Administrators:0"] = Administrator });
        await chat.JoinAsync(Member, "Cầu Ngang", "Các cơ quan, đơn vị, địa phương");
        await chat.JoinAsync(Coordinator, "Cầu Ngang", "Cơ quan Tổ chức - Nội vụ", RosterRole.Coordinator);
    }

    public async Task DisposeAsync() => await chat.DisposeAsync();

    /// <summary>What an answer must not be: not understood, or refused by the access gate.</summary>
    private static bool IsRefusal(string? text) =>
        text is not null && (text == BotTexts.Unknown || text == AccessTexts.NeedMember || text == AccessTexts.NotIdentified
            || new[] { AccessTexts.NeedMemberPending, AccessTexts.NeedCoordinator, AccessTexts.NeedApprover, AccessTexts.NeedAdministrator }
                .Any(refusal => text.StartsWith(refusal[..refusal.IndexOf('{', StringComparison.Ordinal)], StringComparison.Ordinal)));

    [Fact]
    public void HelpTopics_EveryRoute_IsInTheRouteTableBehindTheGate()
    {
        var routes = chat.Bot.Services.GetRequiredService<RouteTable>();

        Assert.All(HelpTopics.All, topic => Assert.NotNull(HelpTopics.RequirementOf(routes, topic.Route)));
    }

    /// <summary>What each role's help must show: the roster's roles decide, so a member never sees the coordinator's lines.</summary>
    public static TheoryData<string, string[], string[]> RoleLines => new()
    {
        { ChatHarness.NewUser, ["Hỏi hạn báo cáo", "Tham gia, đổi đơn vị"],
            ["Tình hình nộp báo cáo", "Nộp báo cáo", "Tổng hợp báo cáo", "Nhập kế hoạch", "Việc chưa có hạn", "Xếp thành viên nhóm", "Tình hình gửi nhắc", "Nhắc đơn vị chưa nộp"] },
        { Member, ["Hỏi hạn báo cáo", "Tình hình nộp báo cáo", "Nộp báo cáo", "Tham gia, đổi đơn vị"],
            ["Tổng hợp báo cáo", "Nhập kế hoạch", "Việc chưa có hạn", "Xếp thành viên nhóm", "Tình hình gửi nhắc", "Nhắc đơn vị chưa nộp"] },
        { Coordinator, ["Tình hình nộp báo cáo", "Tổng hợp báo cáo", "Nhập kế hoạch", "Việc chưa có hạn", "Tình hình gửi nhắc", "Nhắc đơn vị chưa nộp"], ["Xếp thành viên nhóm"] },
        { Administrator, ["Hỏi hạn báo cáo", "Xếp thành viên nhóm"], ["Nộp báo cáo", "Tổng hợp báo cáo", "Nhập kế hoạch", "Việc chưa có hạn"] },
    };

    [Theory]
    [MemberData(nameof(RoleLines))]
    public async Task Help_ListsOnlyWhatWorksForTheRole_AndEachExampleReachesItsRoute(string user, string[] shownLines, string[] hiddenLines)
    {
        var help = await chat.AskAsync("trợ giúp", user);

        var shown = HelpTopics.All.Where(t => help.AllText.Contains(t.Title, StringComparison.Ordinal)).ToList();
        Assert.All(shownLines, line => Assert.Contains(line, shown.Select(t => t.Title)));
        Assert.All(hiddenLines, line => Assert.DoesNotContain(line, shown.Select(t => t.Title)));
        Assert.DoesNotContain("Nhắc hạn", help.AllText, StringComparison.Ordinal); // nor have reminders
        foreach (var topic in shown.Where(t => t.Example is not null))
        {
            var answer = await chat.AskAsync(topic.Example!, user);
            Assert.True(topic.Route == answer.Route, $"“{topic.Example}” went to {answer.Route}, help says {topic.Route}");
            Assert.DoesNotContain(answer.Replies, r => IsRefusal(r.Text));
        }
    }

    [Theory]
    [InlineData(ChatHarness.NewUser)]
    [InlineData(Member)]
    [InlineData(Coordinator)]
    [InlineData(Administrator)]
    public async Task EverySuggestion_ForEachAsker_IsAnsweredNotRefused(string user)
    {
        // Where users start: help, a question the bot does not understand, and the ones that used to be refused.
        var queue = new Queue<(string Text, string From)>(
            new[] { "trợ giúp", "xyz abc", "đơn vị nào chưa nộp", "việc chưa có hạn", "nhiệm vụ của đơn vị tôi" }.Select(s => (s, "(start)")));
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (queue.Count > 0 && seen.Count < 40)
        {
            var (text, from) = queue.Dequeue();
            if (!seen.Add(text)) continue;
            var turn = await chat.AskAsync(text, user);
            if (from != "(start)")
            {
                Assert.True(turn.Route is not null and not "ask:fallback", $"suggestion “{text}” (from “{from}”) was not understood");
                var refusal = turn.Replies.Select(r => r.Text).FirstOrDefault(IsRefusal);
                Assert.True(refusal is null, $"suggestion “{text}” (from “{from}”) was refused: {refusal}");
            }
            foreach (var suggestion in Suggestions(turn)) queue.Enqueue((suggestion, text));
        }
        Assert.True(seen.Count > 5, "the walk found too few suggestions to mean anything");
    }

    /// <summary>Everything in the replies that invites the user to send a text: buttons and “quoted” examples.</summary>
    private static IEnumerable<string> Suggestions(ChatTurn turn)
    {
        foreach (var reply in turn.Replies)
        {
            if (reply.Body.TryGetProperty("suggestedActions", out var suggested))
            {
                foreach (var action in suggested.GetProperty("actions").EnumerateArray())
                    yield return action.GetProperty("value").GetString()!;
            }
            if (reply.FirstCard is { } card && card.TryGetProperty("actions", out var actions))
            {
                foreach (var action in actions.EnumerateArray())
                {
                    if (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                        && data.TryGetProperty("msteams", out var teams) && teams.TryGetProperty("value", out var value))
                        yield return value.GetString()!;
                }
            }
            // A confirmation's verdict quotes the duty it checked ("Đúng. Hạn cuối của “Báo cáo năm” là …"): a name, not a suggestion.
            if (IsVerdict(reply.Text)) continue;
            foreach (Match quoted in Quoted().Matches(reply.AllText)) yield return quoted.Groups[1].Value;
        }
    }

    private static bool IsVerdict(string? text) =>
        text is not null && new[] { AskTexts.ConfirmYes, AskTexts.ConfirmNo }
            .Any(verdict => text.StartsWith(verdict[..verdict.IndexOf('“', StringComparison.Ordinal)], StringComparison.Ordinal));

    [GeneratedRegex("“([^”{}]{3,80})”")]
    private static partial Regex Quoted();
}
