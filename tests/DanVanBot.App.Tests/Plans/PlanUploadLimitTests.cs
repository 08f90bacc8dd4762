using DanVanBot.App.Features.Plans;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>The size limit is enforced while reading the download, whatever the server claims.</summary>
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
}
