using DanVanBot.App.Features.Plans;
using DanVanBot.Storage.Imports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>Limits on what an upload may cost: size (enforced while reading), one deadline for the whole download, three pending previews a user.</summary>
public sealed class PlanUploadLimitTests
{
    [Fact]
    public async Task Upload_FileOverSizeLimit_IsRefused()
    {
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["Plans:MaxUploadBytes"] = "1024" });

        var reply = await harness.UploadAsync("ke-hoach-102.txt", SamplePlan);

        Assert.True(SamplePlan.Length > 1024);
        Assert.Equal(string.Format(PlanTexts.FileTooLarge, "ke-hoach-102.txt", 1), reply.Text);
        Assert.Null(reply.FirstCard);
    }

    [Fact]
    public async Task Upload_EndlessBody_IsRefusedAsTooLarge()
    {
        await using var harness = await StartAsync();

        var reply = await harness.UploadUrlAsync("ke-hoach.docx", harness.Files.Endless("ke-hoach.docx"));

        Assert.Equal(string.Format(PlanTexts.FileTooLarge, "ke-hoach.docx", 5), reply.Text);
    }

    [Fact]
    public async Task Upload_BodyTrickledAByteASecond_StopsAtTheDownloadDeadline()
    {
        // The 30 s HttpClient timeout ended at the headers: the body held the turn until its own 60 s limit.
        await using var harness = await StartAsync(new Dictionary<string, string?> { ["Plans:DownloadTimeout"] = "00:00:02" });

        var reply = await harness.UploadUrlAsync("ke-hoach.docx", harness.Files.Slow("ke-hoach.docx"));

        Assert.Equal(string.Format(PlanTexts.DownloadTooSlow, "ke-hoach.docx", 2), reply.Text);
    }

    [Fact]
    public async Task Upload_FourthPendingPreview_IsRefusedBeforeDownloading()
    {
        await using var harness = await StartAsync();
        var pending = harness.Bot.Services.GetRequiredService<IPendingPlanImportStore>();
        for (var index = 0; index < PendingPlanImports.MaxPerUser; index++)
            Assert.NotNull((await harness.UploadAsync($"ke-hoach-{index}.txt", NewPlan)).FirstCard);

        var refused = await harness.UploadAsync("ke-hoach-4.txt", NewPlan);

        Assert.Equal(PlanTexts.TooManyPending, refused.Text);
        Assert.Equal(PendingPlanImports.MaxPerUser, harness.Files.Requests);
        Assert.Equal(PendingPlanImports.MaxPerUser, await pending.CountLiveAsync(CoordinatorAad));
    }
}
