using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Reports;
using DanVanBot.Domain.Reports;
using DanVanBot.App.Tests.Ask;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Imports;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using DanVanBot.Storage.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Roster;

/// <summary>
/// Roles × actions over every route of the route table, over real HTTP, on SQLite and on PostgreSQL: each person
/// sends each route's activity; where the table says no, the answer is a refusal and the database (people, roles,
/// requests, imports, plans, dates, audit) is exactly as before.
/// </summary>
public sealed class AccessTableTests
{
    private enum Who { Stranger, Pending, Member, Head, Coordinator, OtherCoordinator, Administrator }

    private static readonly Who[] Everyone = Enum.GetValues<Who>();
    private static readonly Who[] Reporters = [Who.Member, Who.Head, Who.Coordinator, Who.OtherCoordinator];
    private static readonly Who[] Coordinators = [Who.Coordinator, Who.OtherCoordinator];
    private static readonly Who[] QuanBayCoordinator = [Who.Coordinator];
    private static readonly Who[] Approvers = [Who.Head, Who.Coordinator, Who.Administrator];

    /// <summary>The table: who may use each route. A route missing here fails the test (every route is covered).</summary>
    private static readonly Dictionary<string, Who[]> Allowed = new()
    {
        ["install:welcome"] = Everyone,
        ["install:update"] = Everyone,
        ["conversation:update"] = Everyone,
        ["card:plan.publish"] = QuanBayCoordinator,
        ["card:plan.cancel"] = QuanBayCoordinator,
        ["card:obligation.setDate"] = QuanBayCoordinator,
        ["plans:upload"] = Coordinators,
        ["plans:undated"] = Coordinators,
        ["roster:join"] = Everyone,
        ["card:roster.searchUnits"] = Everyone,
        ["card:roster.requestJoin"] = Everyone,
        ["card:roster.approve"] = Approvers,
        ["card:roster.reject"] = Approvers,
        ["roster:team"] = [Who.Administrator],
        ["card:roster.assignMembers"] = [Who.Administrator],
        ["ask:help"] = Everyone,
        ["card:due.more"] = Everyone,
        // A button no route knows gets a short answer, whoever presses it; nothing is read or written.
        ["card:unknown"] = Everyone,
        ["reports:compliance"] = Coordinators,
        ["nudges:delivery"] = Coordinators,
        ["nudges:remind"] = Coordinators,
        // The preview's buttons act on the wards' report: Quận 7's coordinators only.
        ["card:nudge.preview"] = QuanBayCoordinator,
        ["card:nudge.send"] = QuanBayCoordinator,
        ["card:nudge.cancelSend"] = QuanBayCoordinator,
        ["exports:request"] = Coordinators,
        ["card:export.request"] = Coordinators,
        ["reports:open"] = Reporters,
        ["reports:mine"] = Reporters,
        // The wards' report: only their head reports for the wards; only Quận 7's coordinator reads it.
        ["card:report.open"] = [Who.Head],
        ["card:report.edit"] = [Who.Head],
        ["card:report.submit"] = [Who.Head],
        ["reports:template"] = Reporters,
        ["card:report.template"] = [Who.Head],
        ["card:report.attach"] = [Who.Head],
        ["reports:attach-file"] = [Who.Head],
        // A receipt's refresh shows what its conversation already shows; its buttons keep their own gates.
        ["card:report.receipt"] = Everyone,
        // The wards' report is read by the wards' people and Quận 7's coordinators; only the wards' head returns it.
        ["card:report.view"] = [Who.Head, Who.Coordinator],
        ["card:report.return"] = [Who.Head],
        // A reminder's own buttons need a Teams-identified person; the handler then acts only on that person's reminder.
        ["card:nudge.ack"] = Everyone,
        ["card:nudge.snooze"] = Everyone,
        ["card:nudge.mute"] = Everyone,
        ["card:nudge.unmute"] = Everyone,
        ["ask:workdays"] = Everyone,
        // A coordinator sees every unit of their organisation; any other member, their own unit's standing (issue 15).
        ["ask:missing"] = Reporters,
        ["ask:answer"] = Everyone,
        ["ask:fallback"] = Everyone,
    };

    [Fact]
    public Task RolesTimesRoutes_Sqlite() => RunAsync(new Dictionary<string, string?>());

    [RequiresPostgresFact]
    public async Task RolesTimesRoutes_Postgres()
    {
        var (connectionString, drop) = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await RunAsync(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:DanVan"] = connectionString });
        }
        finally
        {
            await drop();
        }
    }

    private static async Task RunAsync(Dictionary<string, string?> settings)
    {
        settings["Roster:Administrators:0"] = RosterChat.Aad(nameof(Who.Administrator));
        await using var connector = await FakeConnector.StartAsync();
        await using var files = await FileServer.StartAsync();
        await using var bot = await RunningBot.StartAsync(settings,
            replaceServices: s => s.AddSingleton<TimeProvider>(new FixedClock(PlanImportHarness.Now)));
        using var http = new HttpClient();
        var world = await SeedAsync(bot.Services);
        var routes = bot.Services.GetRequiredService<RouteTable>().Routes;
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), routes.Select(r => r.Name).Order(StringComparer.Ordinal));
        Assert.All(routes, r => Assert.IsType<GuardedHandler>(r.Handler.Target));

        var failures = new List<string>();
        var turn = 0;
        foreach (var route in routes)
        {
            foreach (var who in Everyone)
            {
                var conversation = $"a:{route.Name}:{who}:{turn++}";
                var activity = await ActivityAsync(route.Name, who, conversation, world, connector, files, http, bot);
                var before = await DatabaseSnapshot.TakeAsync(bot.Services);
                var answer = await SendAsync(http, bot, connector, activity, conversation, expectsAnswer: !route.Name.EndsWith(":update", StringComparison.Ordinal));
                var refused = answer is not null && IsRefusal(answer);
                var shouldBeAllowed = Allowed[route.Name].Contains(who);
                if (refused == shouldBeAllowed)
                    failures.Add($"{route.Name} × {who}: expected {(shouldBeAllowed ? "allowed" : "refused")}, got: {answer}");
                if (refused && await DatabaseSnapshot.TakeAsync(bot.Services) is var after && after != before)
                    failures.Add($"{route.Name} × {who}: refused but the database changed: {before} → {after}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private static bool IsRefusal(string text) =>
        text.Contains("Không có gì thay đổi.", StringComparison.Ordinal) && (text.Contains("cần vai trò", StringComparison.Ordinal)
            || text.Contains("mới duyệt được", StringComparison.Ordinal) || text.Contains("quyền quản trị", StringComparison.Ordinal)
            || text.Contains("mới xem được", StringComparison.Ordinal) || text.Contains("mới trả lại được", StringComparison.Ordinal)
            // NeedMemberOf with its unit filled in (its first 20 characters hold the "{0}" placeholder).
            || text.Contains("mới làm được việc này cho đơn vị đó", StringComparison.Ordinal))
        || text == AccessTexts.NeedMember || text.StartsWith(AccessTexts.NeedMemberOf[..20], StringComparison.Ordinal) || text.StartsWith("Yêu cầu tham gia", StringComparison.Ordinal) && text.Contains("đang chờ", StringComparison.Ordinal)
        || text == AccessTexts.NotIdentified;

    private static async Task<string?> SendAsync(HttpClient http, RunningBot bot, FakeConnector connector, JsonObject activity, string conversation, bool expectsAnswer)
    {
        using var response = await http.PostAsync(bot.MessagesUrl, activity);
        if ((string?)activity["type"] == "invoke")
        {
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var value = body.GetProperty("value");
            return value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
        }
        if (!expectsAnswer) return null;
        var call = await connector.NextCallToAsync(conversation);
        return call.Text ?? call.AllText;
    }

    private sealed record World(
        Guid OccurrenceId, Guid RequestId, Guid Wards, Guid WardsReportOccurrence, Guid WardsReport, Guid Organisation, Guid WardsSubmission);

    private static async Task<World> SeedAsync(IServiceProvider services)
    {
        var wards = await RosterSeeding.GrantAsync(services, RosterChat.Aad(nameof(Who.Head)), "UBND Quận 7", "UBND 10 Phường", RosterRole.UnitHead);
        await RosterSeeding.GrantAsync(services, RosterChat.Aad(nameof(Who.Member)), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Member);
        await RosterSeeding.GrantAsync(services, RosterChat.Aad(nameof(Who.Coordinator)), "UBND Quận 7", "Phòng Nội vụ", RosterRole.Coordinator);
        await RosterSeeding.GrantAsync(services, RosterChat.Aad(nameof(Who.OtherCoordinator)), "UBND quận Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);
        var roster = services.GetRequiredService<IRosterStore>();
        var audit = new AuditEntry("test", null, "roster.join.request", "seed");
        await roster.RequestJoinAsync(new PersonIdentity(RosterChat.Aad(nameof(Who.Pending)), null), wards.Id, RosterRole.Member, null, audit);
        var target = await roster.RequestJoinAsync(new PersonIdentity(RosterChat.Aad("requester"), null, "requester"), wards.Id, RosterRole.Member, null, audit);
        var undated = await services.GetRequiredService<IPlanStore>().FindUndatedAsync(wards.OrganisationId);
        var today = DateOnly.FromDateTime(PlanImportHarness.Now.DateTime);
        var sixMonths = (await services.GetRequiredService<IPlanStore>().FindDueAsync(wards.OrganisationId, OpenReports.WindowFor(today), wards.Id)).Single();
        var report = await services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(Guid.NewGuid(), sixMonths.OccurrenceId, wards.Id,
            new ReportContent("Đã tổ chức 12 buổi tiếp dân."), new ReportAuthor(RosterChat.Aad(nameof(Who.Head)), "Head")));
        return new World(undated[0].OccurrenceId, target.RequestId, wards.Id, sixMonths.OccurrenceId, report.Receipt!.ReportId, wards.OrganisationId,
            report.Receipt.SubmissionId);
    }

    private static async Task<JsonObject> ActivityAsync(
        string route, Who who, string conversation, World world, FakeConnector connector, FileServer files, HttpClient http, RunningBot bot)
    {
        var person = who.ToString();
        JsonObject Say(string text)
        {
            var activity = Activities.Message(connector.ServiceUrl, text, conversation, RosterChat.Aad(person));
            activity["from"]!["id"] = "29:" + person;
            return activity;
        }
        JsonObject Press(string verb, JsonObject data)
        {
            var activity = Activities.CardAction(connector.ServiceUrl, verb, data, conversation);
            activity["from"]!["aadObjectId"] = RosterChat.Aad(person);
            activity["from"]!["id"] = "29:" + person;
            return activity;
        }
        switch (route)
        {
            case "install:welcome":
                var added = Activities.BotAdded(connector.ServiceUrl, conversation);
                added["from"]!["aadObjectId"] = RosterChat.Aad(person);
                return added;
            case "install:update":
                var install = Say("");
                install["type"] = "installationUpdate";
                install["action"] = "add";
                return install;
            case "conversation:update":
                var update = Say("");
                update["type"] = "conversationUpdate";
                return update;
            case "card:plan.publish" or "card:plan.cancel":
                return Press(route["card:".Length..], new JsonObject { ["importId"] = await UploadAsCoordinatorAsync(connector, files, http, bot) });
            case "card:obligation.setDate":
                return Press("obligation.setDate", new JsonObject { ["obligationId"] = world.OccurrenceId.ToString(), ["dueDate"] = "2022-12-15" });
            case "plans:upload":
                return PlanActivities.FileMessage(connector.ServiceUrl, "ke-hoach-55.txt", files.Serve("ke-hoach-55.txt", PlanImportHarness.NewPlan), RosterChat.Aad(person)) is var file
                    ? Retarget(file, conversation, person) : file;
            case "plans:undated": return Say("việc chưa có hạn");
            case "roster:join": return Say("tham gia đơn vị");
            case "card:unknown": return Press("no.such.verb", new JsonObject());
            case "card:roster.searchUnits": return Press("roster.searchUnits", new JsonObject { ["query"] = "noi vu" });
            case "card:roster.requestJoin":
                return Press("roster.requestJoin", new JsonObject { ["query"] = "10 phuong", ["unitId"] = world.Wards.ToString(), ["role"] = "member" });
            case "card:roster.approve" or "card:roster.reject":
                return Press(route["card:".Length..], new JsonObject { ["requestId"] = world.RequestId.ToString() });
            case "roster:team": return Say("thành viên nhóm");
            case "card:roster.assignMembers":
                return Press("roster.assignMembers", new JsonObject { ["members"] = "x", ["unit"] = "Văn phòng - Thống kê", ["role"] = "member" });
            case "ask:help": return Say("trợ giúp");
            case "card:due.more": return Press("due.more", new JsonObject { ["pageToken"] = "v1|due|20220101|20221231|-|-|-|10" });
            case "reports:open": return Say("nộp báo cáo 6 tháng");
            case "reports:mine": return Say("đơn vị tôi đã nộp báo cáo chưa?");
            case "reports:compliance": return Say("tình hình nộp báo cáo tháng 4");
            case "nudges:delivery": return Say("tình hình gửi nhắc");
            case "nudges:remind": return Say("nhắc các đơn vị chưa nộp báo cáo 6 tháng");
            case "card:nudge.preview" or "card:nudge.send" or "card:nudge.cancelSend":
                return Press(route["card:".Length..], new JsonObject { ["occurrenceId"] = world.WardsReportOccurrence.ToString() });
            case "reports:template": return Say("cho xin mẫu báo cáo");
            case "exports:request": return Say("xuất báo cáo tổng hợp tháng 4");
            case "card:export.request":
                return Press("export.request", new JsonObject { ["format"] = "xlsx", ["from"] = "2022-04-01", ["to"] = "2022-04-30" });
            case "card:report.open" or "card:report.edit" or "card:report.template":
                return Press(route["card:".Length..], new JsonObject { ["occurrenceId"] = world.WardsReportOccurrence.ToString(), ["unitId"] = world.Wards.ToString() });
            case "card:report.submit":
                return Press("report.submit", new JsonObject
                {
                    ["occurrenceId"] = world.WardsReportOccurrence.ToString(), ["unitId"] = world.Wards.ToString(),
                    ["submissionId"] = Guid.NewGuid().ToString(), ["results"] = "Đã tổ chức 15 buổi tiếp dân.",
                });
            case "card:report.view": return Press("report.view", new JsonObject { ["reportId"] = world.WardsReport.ToString() });
            case "card:report.return":
                return Press("report.return", new JsonObject { ["reportId"] = world.WardsReport.ToString(), ["version"] = "1", ["returnReason"] = "Thiếu số liệu." });
            case "card:report.receipt":
                return Press("report.receipt", new JsonObject { ["submissionId"] = world.WardsSubmission.ToString(), ["submitterId"] = "29:Head" });
            case "card:report.attach":
                return Press("report.attach", new JsonObject
                {
                    ["occurrenceId"] = world.WardsReportOccurrence.ToString(), ["unitId"] = world.Wards.ToString(),
                    ["reportId"] = world.WardsReport.ToString(), ["version"] = "1",
                });
            case "reports:attach-file":
                // As if the person had pressed "Đính kèm văn bản" here: the route then matches, and the gate decides.
                bot.Services.GetRequiredService<PendingAttachments>().Await(RosterChat.Aad(person), conversation, new AwaitedAttachment(
                    world.WardsReport, 1, world.Organisation, "UBND Quận 7", world.Wards, "UBND 10 Phường", "Báo cáo 6 tháng", default));
                var pdf = "%PDF-1.7 bao cao"u8.ToArray();
                return Retarget(PlanActivities.FileMessage(connector.ServiceUrl, "bao-cao.pdf", files.Serve("bao-cao.pdf", pdf), RosterChat.Aad(person)),
                    conversation, person);
            case "card:nudge.ack" or "card:nudge.snooze" or "card:nudge.mute" or "card:nudge.unmute": return Press(route["card:".Length..], new JsonObject { ["nudgeId"] = Guid.NewGuid().ToString() });
            case "ask:workdays": return Say("họp 12/3, gửi trước 3 ngày làm việc thì hạn là hôm nào?");
            case "ask:missing": return Say("đơn vị nào chưa nộp báo cáo");
            case "ask:answer": return Say("tháng này có gì đến hạn");
            case "ask:fallback": return Say("xyz abc");
            default: throw new InvalidOperationException($"No sample activity for route {route}: add one to the table.");
        }
    }

    private static JsonObject Retarget(JsonObject activity, string conversation, string person)
    {
        activity["conversation"]!["id"] = conversation;
        activity["from"]!["id"] = "29:" + person;
        return activity;
    }

    // The imports each bot's coordinator was given so far: discarded before the next upload, since rows whose press
    // was refused leave theirs pending, and a person may keep only PendingPlanImports.MaxPerUser at once.
    private static readonly ConditionalWeakTable<RunningBot, List<Guid>> CoordinatorImports = new();

    /// <summary>A fresh pending import by the Quận 7 coordinator (its preview is drained from their own conversation).</summary>
    private static async Task<string> UploadAsCoordinatorAsync(FakeConnector connector, FileServer files, HttpClient http, RunningBot bot)
    {
        var earlier = CoordinatorImports.GetOrCreateValue(bot);
        var pending = bot.Services.GetRequiredService<IPendingPlanImportStore>();
        foreach (var id in earlier) await pending.RemoveAsync(id);
        earlier.Clear();
        var conversation = "a:uploads-" + Guid.NewGuid().ToString("N");
        var upload = Retarget(PlanActivities.FileMessage(connector.ServiceUrl, "ke-hoach-102.txt",
            files.Serve("ke-hoach-102.txt", PlanImportHarness.SamplePlan), RosterChat.Aad(nameof(Who.Coordinator))), conversation, nameof(Who.Coordinator));
        using (await http.PostAsync(bot.MessagesUrl, upload)) { }
        var preview = await connector.NextCallToAsync(conversation);
        var importId = PlanImportHarness.ImportIdOf(preview.FirstCard!.Value);
        earlier.Add(Guid.Parse(importId));
        return importId;
    }
}
