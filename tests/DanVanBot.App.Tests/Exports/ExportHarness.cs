using DanVanBot.App.Features.Exports;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using DanVanBot.Storage.Plans;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// The bot on real HTTP with a SQLite file and a fake clock, and one organisation the test owns: UBND huyện Cầu Kè, whose
/// plan asks three communes for four reports in quarter III of 2026. The communes report at the days below (some late,
/// some never); the clock ends at 20/09/2026 09:00 (Vietnam), so the last report is not yet due.
/// </summary>
public sealed class ExportHarness : IAsyncLifetime
{
    public const string Organisation = "UBND huyện Cầu Kè";
    public const string Office = "Phòng Nội vụ";
    public const string Group = "Các xã";
    public const string AnPhuTan = "Xã An Phú Tân";
    public const string HoaAn = "Xã Hòa Ân";
    public const string TamNgai = "Xã Tam Ngãi";
    public const string CoordinatorAad = "00000000-0000-0000-0000-0000000e0001";
    public const string MemberAad = "00000000-0000-0000-0000-0000000e0002";
    public const string OtherCoordinatorAad = "00000000-0000-0000-0000-0000000e0003";
    public const string PublicBaseUrl = "https://danvan.example.test";

    public static readonly DateOnly[] DueDays = [new(2026, 7, 10), new(2026, 8, 10), new(2026, 9, 10), new(2026, 9, 30)];
    public static readonly string[] Descriptions =
        ["Báo cáo tháng 7 về tiếp công dân", "Báo cáo tháng 8 về đối thoại", "Báo cáo quý III về dân vận chính quyền", "Báo cáo kết quả kiểm tra"];

    /// <summary>Who reports which occurrence (index into <see cref="DueDays"/>) on which day, in the order it happens.</summary>
    public static readonly (string Unit, int Occurrence, DateOnly Day, string Results)[] Submissions =
    [
        (AnPhuTan, 0, new(2026, 7, 5), "Đã tổ chức 4 buổi tiếp công dân định kỳ với 37 lượt công dân."),
        (HoaAn, 0, new(2026, 7, 12), "Đã tiếp 12 lượt công dân, giải quyết xong 9 đơn."),
        (HoaAn, 1, new(2026, 8, 1), "Tổ chức 1 hội nghị đối thoại với 80 hộ dân về giải phóng mặt bằng."),
        (AnPhuTan, 1, new(2026, 8, 13), "Tổ chức 2 buổi đối thoại với thanh niên về việc làm."),
        (AnPhuTan, 2, new(2026, 9, 10), "Hoàn thành 100% chỉ tiêu cải cách hành chính quý III."),
        (HoaAn, 3, new(2026, 9, 15), "Đã tự kiểm tra 5 bộ phận một cửa, không phát hiện sai phạm."),
    ];

    public static readonly DateTimeOffset End = new(2026, 9, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly HttpClient http = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 8, 0, 0, TimeSpan.FromHours(7)));
    public RunningBot Bot { get; private set; } = null!;
    public FakeConnector Connector { get; private set; } = null!;
    public Guid OrganisationId { get; private set; }
    public Guid OtherOrganisationId { get; private set; }
    public Dictionary<string, Guid> Units { get; } = [];
    public List<Guid> Occurrences { get; } = [];

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await RunningBot.StartAsync(new Dictionary<string, string?> { ["Exports:PublicBaseUrl"] = PublicBaseUrl },
            replaceServices: services => services.AddSingleton<TimeProvider>(Clock));
        var services = Bot.Services;
        OrganisationId = (await services.GetRequiredService<IPlanStore>().UpsertPlanAsync(Plan())).OrganisationId;
        var organisations = services.GetRequiredService<IOrganisationStore>();
        var group = (await organisations.ListUnitsAsync(OrganisationId)).Single(u => u.IsGroup).Id;
        foreach (var name in new[] { AnPhuTan, HoaAn, TamNgai }) Units[name] = (await organisations.AddGroupMemberAsync(group, name)).Id;
        await RosterSeeding.GrantAsync(services, CoordinatorAad, Organisation, Office, RosterRole.Coordinator, "Nguyễn Thị Lan");
        await RosterSeeding.GrantAsync(services, MemberAad, Organisation, HoaAn, RosterRole.Member, "Trần Văn Hùng");
        // A coordinator of another organisation (the sample plans' Quận 7), for the other-organisation checks.
        OtherOrganisationId = (await organisations.FindOrganisationByNameAsync("UBND Quận 7"))!.Id;
        var quan7Office = (await organisations.ListUnitsAsync(OtherOrganisationId)).Single(u => u.IsCoordinator).Name;
        await RosterSeeding.GrantAsync(services, OtherCoordinatorAad, "UBND Quận 7", quan7Office, RosterRole.Coordinator, "Lê Thị Mai");

        var compliance = services.GetRequiredService<IReportCompliance>();
        var quarter = await compliance.ForPeriodAsync(OrganisationId, ExportPeriod.Parse("2026-Q3")!.Window, DueDays[0]);
        Occurrences.AddRange(DueDays.Select(day => quarter.Single(o => o.Occurrence.DueOn == day).Occurrence.OccurrenceId));

        var reports = services.GetRequiredService<IReportStore>();
        foreach (var (unit, occurrence, day, results) in Submissions)
        {
            Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)));
            var content = new ReportContent(results, ReportProgress.Completed, Difficulties: $"{unit} thiếu cán bộ chuyên trách.",
                Proposals: occurrence == 0 ? $"{unit} đề nghị tập huấn nghiệp vụ tiếp dân." : null);
            var stored = await reports.SubmitAsync(new ReportSubmission(Guid.NewGuid(), Occurrences[occurrence], Units[unit], content,
                new ReportAuthor(MemberAad, "Trần Văn Hùng")));
            if (stored.Outcome != SubmissionOutcome.Stored) throw new InvalidOperationException($"seed report not stored: {stored.Outcome}");
        }
        Clock.SetUtcNow(End);
    }

    public async Task<RecordedCall> SayAsync(string text, string userAad = CoordinatorAad)
    {
        using (await http.PostAsync(Bot.MessagesUrl, Activities.Message(Connector.ServiceUrl, text, userAad: userAad))) { }
        return await Connector.NextCallAsync();
    }

    /// <summary>Fetches a link the bot gave, at the bot's real loopback address (the public address is the test's invention).</summary>
    public Task<HttpResponseMessage> DownloadAsync(string link) =>
        http.GetAsync(new Uri(Bot.BaseAddress, new Uri(link).PathAndQuery));

    /// <summary>The document the export builder writes for the quarter, as the download would serve it.</summary>
    public async Task<byte[]> BuildAsync(ExportFormat format)
    {
        await using var scope = Bot.Services.CreateAsyncScope();
        using var buffer = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<ExportBuilder>().WriteAsync(OrganisationId, Organisation, ExportPeriod.Parse("2026-Q3")!,
            format, buffer, CancellationToken.None);
        return buffer.ToArray();
    }

    public async Task DisposeAsync()
    {
        http.Dispose();
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private static ParsedPlan Plan()
    {
        var period = PlanPeriod.SingleYear(2026);
        var obligations = DueDays.Select((day, i) =>
        {
            var rule = new OneOffDeadline(day);
            return new PlanObligation(Descriptions[i], ObligationKind.Report, [Group], "UBND huyện", Office, null, rule, rule.Expand(period),
                null, false, i < 2 ? "III.1" : "III.2", [10 + i]);
        }).ToList();
        return new ParsedPlan("25/KH-UBND", Organisation, "huyện Cầu Kè", new DateOnly(2026, 1, 15),
            "Thực hiện công tác dân vận chính quyền năm 2026", period, Office, [],
            [new PlanUnit(Office, false, null, true, false, [3]), new PlanUnit(Group, true, null, false, false, [4])],
            [], obligations, ["ỦY BAN NHÂN DÂN HUYỆN CẦU KÈ", "KẾ HOẠCH"]);
    }
}
