using System.Net;
using DanVanBot.App.Features.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Exports;

/// <summary>
/// A link works for 15 minutes and not after. Its own bot: the test drives the fake clock, which also drives the turns'
/// time limits, so no other test's turn may be in flight when it moves. The link is made by the same service the chat
/// handler uses, so no turn of this test is in flight either.
/// </summary>
public sealed class ExportLinkExpiryTests(ExportHarness harness) : IClassFixture<ExportHarness>
{
    [Fact]
    public async Task Download_After15Minutes_IsRefused()
    {
        var (link, _) = harness.Bot.Services.GetRequiredService<ExportLinks>()
            .Create(harness.OrganisationId, ExportFormat.Xlsx, ExportPeriod.Parse("2026-Q3")!.Window, ExportHarness.CoordinatorAad)!.Value;

        harness.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var inTime = await harness.DownloadAsync(link.ToString())) Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        harness.Clock.Advance(TimeSpan.FromMinutes(1));
        using var expired = await harness.DownloadAsync(link.ToString());

        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }
}
