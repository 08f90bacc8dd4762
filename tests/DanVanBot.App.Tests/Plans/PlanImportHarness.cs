using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Domain.Roster;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Plans;

/// <summary>
/// The bot on real HTTP with the sample plans imported, a fake Connector, a file server playing OneDrive, the
/// clock fixed at 01/04/2022 (inside the 2022 sample plan), and three users: the Nội vụ coordinator of
/// UBND Quận 7, a member of a non-coordinating unit, and a user the roster does not know.
/// </summary>
public sealed class PlanImportHarness : IAsyncDisposable
{
    public const string CoordinatorAad = "00000000-0000-0000-0000-00000000c001";
    public const string MemberAad = "00000000-0000-0000-0000-00000000c002";
    public const string NewcomerAad = "00000000-0000-0000-0000-00000000c003";
    public static readonly DateTimeOffset Now = new(2022, 4, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly HttpClient http = new();

    private PlanImportHarness(RunningBot bot, FakeConnector connector, FileServer files, OrganisationInfo organisation)
    {
        Bot = bot;
        Connector = connector;
        Files = files;
        Organisation = organisation;
    }

    public RunningBot Bot { get; }
    public FakeConnector Connector { get; }
    public FileServer Files { get; }
    public OrganisationInfo Organisation { get; }

    public static string RepoFile(params string[] parts)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DanVanBot.sln"))) dir = dir.Parent;
        return Path.Combine([dir?.FullName ?? throw new InvalidOperationException("DanVanBot.sln not found"), .. parts]);
    }

    public static byte[] SamplePlan => File.ReadAllBytes(RepoFile("data", "plans", "000_a87dec2e8e1edcf9.txt"));
    public static byte[] NewPlan => File.ReadAllBytes(RepoFile("tests", "DanVanBot.App.Tests", "Plans", "Fixtures", "quan-7-tiep-dan-2022.txt"));

    public static async Task<PlanImportHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connector = await FakeConnector.StartAsync();
        var files = await FileServer.StartAsync();
        var bot = await RunningBot.StartAsync(settings, replaceServices: services => services.AddSingleton<TimeProvider>(new FixedClock(Now)));
        var organisations = bot.Services.GetRequiredService<IOrganisationStore>();
        var organisation = await organisations.FindOrganisationByNameAsync("UBND Quận 7") ?? throw new InvalidOperationException("sample organisation missing");
        var units = await organisations.ListUnitsAsync(organisation.Id);
        await RosterSeeding.GrantAsync(bot.Services, CoordinatorAad, organisation.Name, units.Single(u => u.IsCoordinator).Name, RosterRole.Coordinator, "Nguyễn Văn An");
        await RosterSeeding.GrantAsync(bot.Services, MemberAad, organisation.Name, units.First(u => !u.IsCoordinator).Name, RosterRole.Member, "Trần Thị Bình");
        return new PlanImportHarness(bot, connector, files, organisation);
    }

    public async Task<RecordedCall> UploadAsync(string fileName, byte[] content, string userAad = CoordinatorAad) =>
        await UploadUrlAsync(fileName, Files.Serve(fileName, content), userAad);

    public async Task<RecordedCall> UploadUrlAsync(string fileName, string downloadUrl, string userAad = CoordinatorAad)
    {
        using (await http.PostAsync(Bot.MessagesUrl, PlanActivities.FileMessage(Connector.ServiceUrl, fileName, downloadUrl, userAad))) { }
        return await Connector.NextCallAsync();
    }

    public async Task<RecordedCall> SayAsync(string text, string userAad = CoordinatorAad)
    {
        using (await http.PostAsync(Bot.MessagesUrl, Activities.Message(Connector.ServiceUrl, text, userAad: userAad))) { }
        return await Connector.NextCallAsync();
    }

    /// <summary>Presses a card button (Action.Execute) and returns the invoke response body {statusCode, type, value}.</summary>
    public async Task<JsonElement> InvokeAsync(string verb, JsonObject data, string userAad = CoordinatorAad)
    {
        using var response = await http.PostAsync(Bot.MessagesUrl, PlanActivities.CardAction(Connector.ServiceUrl, verb, data, userAad));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public static string ImportIdOf(JsonElement card) =>
        card.GetProperty("actions").EnumerateArray().First(a => a.GetProperty("verb").GetString() == "plan.publish")
            .GetProperty("data").GetProperty("importId").GetString()!;

    public Task<IReadOnlyList<UndatedOccurrence>> UndatedAsync() =>
        Bot.Services.GetRequiredService<IPlanStore>().FindUndatedAsync(Organisation.Id);

    public static int CountOccurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await Bot.DisposeAsync();
        await Files.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
