using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Tests.Plans;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Connector;
using DanVanBot.Protocol.Tests.TestSupport;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// The bot with authentication on (an app id; every request carries a Bot Framework token signed by a local key, never
/// the development bypass), on the Quận 7 sample plan on 01/04/2022, with a member of UBND 10 Phường, a member of the
/// district's agencies and the Nội vụ coordinator. Both units have already sent their "Báo cáo 6 tháng" once, so the
/// report tables hold rows that a refused request must leave alone.
/// </summary>
public class AuthenticatedReportBot : IAsyncLifetime
{
    public const string ReporterAad = "00000000-0000-0000-0000-00000000e001";
    public const string AgencyAad = "00000000-0000-0000-0000-00000000e002";
    public const string CoordinatorAad = "00000000-0000-0000-0000-00000000e003";

    private readonly HttpClient http = new();
    private Func<Task> dropDatabase = () => Task.CompletedTask;

    public AuthTestKit Kit { get; private set; } = null!;
    public FakeConnector Connector { get; private set; } = null!;
    public RunningBot Bot { get; private set; } = null!;
    public UnitInfo Wards { get; private set; } = null!;
    public UnitInfo Agencies { get; private set; } = null!;
    public DueOccurrence SixMonths { get; private set; } = null!;

    /// <summary>An occurrence of another organisation (Bình Tân, Cầu Ngang…), which nobody here owes.</summary>
    public Guid ForeignOccurrenceId { get; private set; }

    /// <summary>The form data the wards' and the agencies' first reports were sent with (their submission ids are stored).</summary>
    public JsonObject WardsSent { get; private set; } = null!;
    public JsonObject AgenciesSent { get; private set; } = null!;
    public Guid AgenciesReportId { get; private set; }

    /// <summary>More services to put in the bot (e.g. an EF interceptor that counts commands), after its own.</summary>
    public Action<IServiceCollection>? MoreServices { get; init; }

    /// <summary>More bot settings, applied last.</summary>
    public IDictionary<string, string?>? MoreSettings { get; init; }

    /// <summary>Extra bot settings (a PostgreSQL database); null: a SQLite file.</summary>
    protected virtual Task<IDictionary<string, string?>?> StorageAsync(Func<Func<Task>, Task> onDispose) =>
        Task.FromResult<IDictionary<string, string?>?>(null);

    public async Task InitializeAsync()
    {
        Kit = await AuthTestKit.StartAsync();
        // The bot checks token lifetimes on its own clock, stopped on 01/04/2022: the kit signs tokens issued then.
        Kit.Clock.Advance(PlanImportHarness.Now - Kit.Clock.GetUtcNow());
        Connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Bot:MicrosoftAppId"] = Kit.AppId,
            ["Bot:MicrosoftAppType"] = "MultiTenant",
            ["Bot:MicrosoftAppPassword"] = "not-used-the-token-provider-is-replaced",
            ["Bot:ChannelOpenIdMetadataUrl"] = Kit.MetadataUrl,
            ["Bot:EntraOpenIdMetadataUrlTemplate"] = Kit.EntraMetadataUrlTemplate,
            ["Bot:DangerouslyAllowUnauthenticatedLoopbackRequests"] = "false",
            // These tests are about what is stored, not speed: 120 invokes racing on a loaded 2-core machine may take
            // longer than the 10 s a Teams client waits, which would turn a correct store into a "Timeout" answer.
            ["BotHosting:InvokeTimeout"] = "00:01:00",
        };
        foreach (var (key, value) in await StorageAsync(drop => { dropDatabase = drop; return Task.CompletedTask; }) ?? new Dictionary<string, string?>())
            settings[key] = value;
        foreach (var (key, value) in MoreSettings ?? new Dictionary<string, string?>()) settings[key] = value;
        Bot = await RunningBot.StartAsync(settings, "Development", services =>
        {
            services
                .Replace(ServiceDescriptor.Singleton<IBotTokenProvider>(new CountingTokenProvider()))
                .Replace(ServiceDescriptor.Singleton<TimeProvider>(new StoppedClock(PlanImportHarness.Now)));
            MoreServices?.Invoke(services);
        });

        var services = Bot.Services;
        Wards = await RosterSeeding.GrantAsync(services, ReporterAad, "UBND Quận 7", ReportFormTests.Wards, RosterRole.Member, "Lê Văn Cường");
        Agencies = await RosterSeeding.GrantAsync(services, AgencyAad, "UBND Quận 7", ReportFormTests.Agencies, RosterRole.Member, "Phạm Thị Dung");
        var coordinating = (await services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(Wards.OrganisationId)).Single(u => u.IsCoordinator);
        await RosterSeeding.GrantAsync(services, CoordinatorAad, "UBND Quận 7", coordinating.Name, RosterRole.Coordinator, "Nguyễn Văn An");
        var plans = services.GetRequiredService<IPlanStore>();
        var today = DateOnly.FromDateTime(PlanImportHarness.Now.DateTime);
        SixMonths = Assert.Single(await plans.FindDueAsync(Wards.OrganisationId, OpenReports.WindowFor(today), Wards.Id));
        ForeignOccurrenceId = await ForeignOccurrenceAsync(services, Wards.OrganisationId);

        WardsSent = await SendFirstReportAsync(ReporterAad, Wards, "Đã tổ chức 12 buổi tiếp dân.");
        AgenciesSent = await SendFirstReportAsync(AgencyAad, Agencies, "Các cơ quan đã quán triệt kế hoạch.");
        AgenciesReportId = (await services.GetRequiredService<IReportStore>().FindReportAsync(SixMonths.OccurrenceId, Agencies.Id))!.ReportId;
    }

    private static async Task<Guid> ForeignOccurrenceAsync(IServiceProvider services, Guid ownOrganisation)
    {
        var plans = services.GetRequiredService<IPlanStore>();
        foreach (var organisation in await services.GetRequiredService<IOrganisationStore>().ListOrganisationsAsync())
        {
            if (organisation.Id == ownOrganisation) continue;
            var due = await plans.FindDueAsync(organisation.Id, new DateWindow(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1)));
            if (due.Count > 0) return due[0].OccurrenceId;
        }
        throw new InvalidOperationException("no other organisation with a dated occurrence in the sample plans");
    }

    private async Task<JsonObject> SendFirstReportAsync(string userAad, UnitInfo unit, string results)
    {
        var data = FormData(unit, results);
        var answer = await InvokeAsync(ReportFormCards.SubmitVerb, data, userAad);
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        return data;
    }

    /// <summary>What the form's "Gửi báo cáo" sends for <paramref name="unit"/>, with a fresh submission id.</summary>
    public JsonObject FormData(UnitInfo unit, string results = "Đã tổ chức 15 buổi tiếp dân.") => new()
    {
        ["occurrenceId"] = SixMonths.OccurrenceId.ToString(),
        ["unitId"] = unit.Id.ToString(),
        ["submissionId"] = Guid.NewGuid().ToString(),
        ["cardVersion"] = ReportFormCards.CardVersion,
        ["results"] = results,
        ["progress"] = "completed",
    };

    public JsonObject Action(string verb, JsonObject data, string userAad) =>
        PlanActivities.CardAction(Connector.ServiceUrl, verb, data, userAad);

    public JsonObject Message(string text, string userAad, string conversationId) =>
        Activities.Message(Connector.ServiceUrl, text, conversationId, userAad);

    /// <summary>Posts with a freshly signed channel token for the Connector's service URL.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        http.PostAsync(Bot.MessagesUrl, activity, Kit.CreateChannelToken(Connector.ServiceUrl));

    public async Task<JsonElement> InvokeAsync(string verb, JsonObject data, string userAad)
    {
        using var response = await PostAsync(Action(verb, data, userAad));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
        await Kit.DisposeAsync();
        await dropDatabase();
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

/// <summary>The same bot on a throw-away PostgreSQL database.</summary>
public sealed class AuthenticatedPostgresReportBot : AuthenticatedReportBot
{
    protected override async Task<IDictionary<string, string?>?> StorageAsync(Func<Func<Task>, Task> onDispose)
    {
        if (TestPostgres.AdminConnectionString is null) return null;
        var (connectionString, drop) = await TestPostgres.CreateDatabaseAsync();
        await onDispose(drop);
        // A pool well under the server's max_connections (100 by default, shared with other test runs), as a deployment
        // should have it: 120 turns at once then wait for a connection instead of being refused "too many clients".
        var pooled = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 20, Timeout = 60 }.ConnectionString;
        return new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["ConnectionStrings:DanVan"] = pooled };
    }
}
