using DanVanBot.App.Features.Identity;
using DanVanBot.App.Tests.TestSupport;
using DanVanBot.Domain.Roster;
using DanVanBot.Storage.Organisations;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>Importing a plan by sending the file to the bot: preview, publish, re-import, cancel, refusals.</summary>
public sealed class PlanImportChatTests : IAsyncLifetime
{
    private PlanImportHarness harness = null!;

    public async Task InitializeAsync() => harness = await StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task Upload_SamplePlanAsCoordinator_RepliesWithPreviewOfObligationsDatesUndatedAndUnits()
    {
        var reply = await harness.UploadAsync("ke-hoach-102.txt", SamplePlan);

        var card = Assert.IsType<JsonElement>(reply.FirstCard);
        var text = reply.AllText;
        Assert.Contains("Thực hiện công tác Dân vận Chính quyền năm 2022", text);
        Assert.Contains("102/KH-UBND-NV", text);
        Assert.Contains("Hạn: 31/10/2022", text);
        Assert.Equal(2, CountOccurrences(text, "Chưa có hạn — cần đầu mối ấn định"));
        Assert.Contains("• UBND 10 Phường", text);
        Assert.Contains("Nhiệm vụ (5)", text);
        var pending = await harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>().FindAsync(Guid.Parse(ImportIdOf(card)));
        Assert.NotNull(pending);
        // The previewed parse is kept, not the document.
        Assert.Equal(5, PreviewedPlan.TryRead(pending.Content)?.Obligations.Count);
        Assert.Equal(1, harness.Files.Requests);
    }

    [Fact]
    public async Task Upload_LetterThatSetsDeadlines_PreviewAsksToConfirmAndPublishes()
    {
        var preview = await harness.UploadAsync("cong-van-77.txt", Utf8(PlansCliTests.CalendarLetter));

        var notice = string.Format(PlanTexts.OtherDocumentNotice, "công văn", 2);
        Assert.Contains(notice, preview.AllText);
        Assert.Contains("Hạn: 19/06/2026", preview.AllText);
        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) });
        Assert.Equal(string.Format(PlanTexts.PublishedCreated, "số 77/UBND-VHXH", 2, 0), answer.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Upload_Plan_HasNoConfirmationNotice()
    {
        var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);

        Assert.DoesNotContain("không phải kế hoạch", preview.AllText);
    }

    [Fact]
    public async Task Publish_KeptParseWithoutDocument_PublishesWithoutReadingADocument()
    {
        // What publish receives is only the kept parse: there is no document here to read a second time.
        var plan = PlanFiles.Parse(RepoFile("tests", "DanVanBot.App.Tests", "Plans", "Fixtures", "quan-7-tiep-dan-2022.txt"), CancellationToken.None);
        var pending = harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>();
        var import = (await pending.AddAsync("ke-hoach-55.docx", PreviewedPlan.Write(plan), CoordinatorAad))!;

        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = import.ImportId.ToString() });

        Assert.Equal(string.Format(PlanTexts.PublishedCreated, "số 55/KH-UBND", 3, 1), answer.GetProperty("value").GetString());
        Assert.Contains(await harness.UndatedAsync(), o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_KeptContentThatIsNoParse_SaysThePreviewIsGone()
    {
        var pending = harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>();
        var import = (await pending.AddAsync("ke-hoach-55.txt", NewPlan, CoordinatorAad))!;

        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = import.ImportId.ToString() });

        Assert.Equal(PlanTexts.ImportGone, answer.GetProperty("value").GetString());
        Assert.DoesNotContain(await harness.UndatedAsync(), o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_NewPlan_StoresItConfirmsAndOffersSetDateCardsForUndated()
    {
        var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);

        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) });

        var confirmation = string.Format(PlanTexts.PublishedCreated, "số 55/KH-UBND", 3, 1);
        Assert.Equal(confirmation, answer.GetProperty("value").GetString());
        Assert.Equal(confirmation, (await harness.Connector.NextCallAsync()).Text);
        var undated = (await harness.UndatedAsync()).Where(o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(undated);
        Assert.Single(undated.Select(o => o.PlanId).Distinct());
        Assert.Equal(string.Format(PlanTexts.UndatedIntro, undated.Count), (await harness.Connector.NextCallAsync()).Text);
        var setDate = await harness.Connector.NextCallAsync();
        Assert.Contains(undated[0].OccurrenceId.ToString(), setDate.AllText);
        Assert.Contains("obligation.setDate", setDate.AllText);
        Assert.Null(await harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>().FindAsync(Guid.Parse(ImportIdOf(preview.FirstCard!.Value))));
    }

    [Fact]
    public async Task Publish_SamePlanTwice_UpdatesInsteadOfDuplicating()
    {
        var counts = new List<int>();
        for (var round = 0; round < 2; round++)
        {
            var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);
            var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) });
            var expected = round == 0 ? PlanTexts.PublishedCreated : PlanTexts.PublishedUpdated;
            Assert.Equal(string.Format(expected, "số 55/KH-UBND", 3, 1), answer.GetProperty("value").GetString());
            var undated = (await harness.UndatedAsync()).Where(o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal)).ToList();
            Assert.Single(undated.Select(o => o.PlanId).Distinct());
            counts.Add(undated.Count);
            // Drain this round's messages: confirmation, intro, the set-date cards (at most 5), maybe "more".
            var messages = 2 + Math.Min(undated.Count, 5) + (undated.Count > 5 ? 1 : 0);
            for (var i = 0; i < messages; i++) await harness.Connector.NextCallAsync();
        }

        Assert.Equal(counts[0], counts[1]);
    }

    [Fact]
    public async Task Publish_SamplePlanAlreadyImportedAtStartup_SaysUpdated()
    {
        var preview = await harness.UploadAsync("ke-hoach-102.txt", SamplePlan);
        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) });

        Assert.Equal(string.Format(PlanTexts.PublishedUpdated, "số 102/KH-UBND-NV", 5, 2), answer.GetProperty("value").GetString());
        var undated = (await harness.UndatedAsync()).Where(o => o.PlanTitle == "Thực hiện công tác Dân vận Chính quyền năm 2022").ToList();
        Assert.Single(undated.Select(o => o.PlanId).Distinct());
    }

    [Fact]
    public async Task Cancel_DiscardsPendingImport_AndPublishAfterwardsFindsNothing()
    {
        var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);
        var importId = ImportIdOf(preview.FirstCard!.Value);

        var cancelled = await harness.InvokeAsync("plan.cancel", new JsonObject { ["importId"] = importId });
        var publishedLate = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = importId });

        Assert.Equal(string.Format(PlanTexts.ImportCancelled, "ke-hoach-55.txt"), cancelled.GetProperty("value").GetString());
        Assert.Equal(PlanTexts.ImportGone, publishedLate.GetProperty("value").GetString());
        Assert.DoesNotContain(await harness.UndatedAsync(), o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_ByNonCoordinator_IsRefusedWithoutDownloading()
    {
        var reply = await harness.UploadAsync("ke-hoach-55.txt", NewPlan, MemberAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), reply.Text);
        Assert.Equal(0, harness.Files.Requests);
    }

    [Fact]
    public async Task Publish_ByAnotherCoordinatorWithTheImportId_IsRefused()
    {
        const string otherCoordinator = "00000000-0000-0000-0000-00000000c009";
        var coordinatorUnit = (await harness.Bot.Services.GetRequiredService<IOrganisationStore>().ListUnitsAsync(harness.Organisation.Id))
            .Single(u => u.IsCoordinator);
        await RosterSeeding.GrantAsync(harness.Bot.Services, otherCoordinator, harness.Organisation.Name, coordinatorUnit.Name, RosterRole.Coordinator);
        var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);

        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) }, otherCoordinator);

        Assert.Equal(PlanTexts.ImportGone, answer.GetProperty("value").GetString());
        Assert.DoesNotContain(await harness.UndatedAsync(), o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publish_ByNonCoordinator_IsRefused()
    {
        var preview = await harness.UploadAsync("ke-hoach-55.txt", NewPlan);
        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) }, MemberAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "UBND Quận 7"), answer.GetProperty("value").GetString());
        Assert.DoesNotContain(await harness.UndatedAsync(), o => o.PlanTitle.StartsWith("Tăng cường tiếp xúc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_ByUserTheRosterDoesNotKnow_IsRefusedNamingTheRoleAndWhoGrantsIt()
    {
        var reply = await harness.UploadAsync("ke-hoach-55.txt", NewPlan, NewcomerAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), reply.Text);
        Assert.Contains("quản trị viên", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, harness.Files.Requests);
    }

    [Fact]
    public async Task Publish_AnotherOrganisationsPlan_ByThatOrganisationsOutsider_IsRefusedAndItsDeadlinesUnchanged()
    {
        // The headline bug: a coordinator of Ba Đình re-publishing (an edited copy of) Quận 7's plan.
        const string baDinhCoordinator = "00000000-0000-0000-0000-00000000c0bd";
        await RosterSeeding.GrantAsync(harness.Bot.Services, baDinhCoordinator, "UBND quận Ba Đình", "Phòng Nội vụ", RosterRole.Coordinator);
        var before = await harness.UndatedAsync();
        var edited = Utf8(System.Text.Encoding.UTF8.GetString(SamplePlan).Replace("01/5/2022", "01/5/2029", StringComparison.Ordinal));
        var preview = await harness.UploadAsync("ke-hoach-102.txt", edited, baDinhCoordinator);

        var answer = await harness.InvokeAsync("plan.publish", new JsonObject { ["importId"] = ImportIdOf(preview.FirstCard!.Value) }, baDinhCoordinator);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "UBND Quận 7"), answer.GetProperty("value").GetString());
        Assert.NotNull(await harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>().FindAsync(Guid.Parse(ImportIdOf(preview.FirstCard!.Value))));
        Assert.Equal(before.Count, (await harness.UndatedAsync()).Count);
        var due = await harness.Bot.Services.GetRequiredService<DanVanBot.Storage.Plans.IPlanStore>()
            .FindDueAsync(harness.Organisation.Id, new DanVanBot.Domain.Time.DateWindow(new DateOnly(2029, 1, 1), new DateOnly(2029, 12, 31)));
        Assert.Empty(due);
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "ke-hoach.pdf", "%PDF-1.7 not read", PlanTexts.UnsupportedFile },
        { "hong.docx", "this is not a zip package", PlanTexts.Unreadable },
        { "thu-moi.txt", "THƯ MỜI\nKính mời đồng chí dự họp lúc 8 giờ ngày 10/4/2022 tại hội trường.", PlanTexts.NotAPlan },
        { "trong.txt", "", PlanTexts.NotAPlan },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Upload_BadFile_AnswersWithClearErrorAndNoPreview(string fileName, string content, string expected)
    {
        var reply = await harness.UploadAsync(fileName, Utf8(content));

        Assert.Equal(string.Format(expected, fileName), reply.Text);
        Assert.Null(reply.FirstCard);
    }

    [Theory]
    [InlineData("http://10.1.2.3/files/ke-hoach.txt")]
    [InlineData("https://evil.example.com/ke-hoach.txt")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://contoso.sharepoint.com.evil.example/ke-hoach.txt")]
    public async Task Upload_DownloadUrlOutsideAllowedHosts_IsNotFetched(string url)
    {
        var reply = await harness.UploadUrlAsync("ke-hoach.txt", url);

        Assert.Equal(string.Format(PlanTexts.DownloadNotAllowed, "ke-hoach.txt"), reply.Text);
    }
}
