using System.Globalization;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Ask;

/// <summary>The asker's own status on each due item: đã nộp, chưa nộp, trễ hạn (its own fixture: it submits reports).</summary>
public sealed class AskerStatusTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    private const string Organisation = "Cầu Ngang";
    private const string Unit = "Các cơ quan, đơn vị, địa phương";

    [Fact]
    public async Task Due_AfterTheUnitSubmitsLate_ThatItemIsSubmittedLateWithItsDayAndTheOthersAreNot()
    {
        var asker = await bot.AskerAsync(Organisation, Unit);
        var before = await bot.AskAsync("năm nay có gì đến hạn", Day("2025-01-10"), asker);
        Assert.Equal(["2025-06-09", "2025-11-24"], before.Items.Select(i => Key(i.DueOn)));
        Assert.All(before.Items, i => Assert.Equal(AskerReportStatus.NotSubmitted, i.AskerStatus));

        await bot.Services.GetRequiredService<IReportStore>().SubmitAsync(
            new ReportSubmission(Guid.NewGuid(), before.Items[0].OccurrenceId, asker.UnitId!.Value, new ReportContent("Đã thực hiện"),
                new ReportAuthor(null, "Lê Thị Hoa")));
        var after = await bot.AskAsync("năm nay có gì đến hạn", Day("2025-01-10"), asker);

        // The store stamps the real time, long after 09/06/2025: sent late ("nộp trễ"), on the day it was sent.
        Assert.Equal([AskerReportStatus.SubmittedLate, AskerReportStatus.NotSubmitted], after.Items.Select(i => i.AskerStatus));
        Assert.Equal(DanVanBot.Domain.Time.VietnamTime.Today(TimeProvider.System), after.Items[0].SubmittedOn);
        Assert.Null(after.Items[1].SubmittedOn);
    }

    [Fact]
    public async Task Due_PastTheDayAndNotSubmitted_IsLate()
    {
        var asker = await bot.AskerAsync(Organisation, Unit);

        var answer = await bot.AskAsync("tháng này có gì đến hạn", Day("2024-11-28"), asker);

        var item = Assert.Single(answer.Items);
        Assert.Equal("2024-11-24", Key(item.DueOn));
        Assert.Equal(AskerReportStatus.Late, item.AskerStatus);
    }

    [Fact]
    public async Task Due_UnknownAsker_HasNoStatus()
    {
        var answer = await bot.AskAsync("tháng này có gì đến hạn", Day("2024-11-28"));
        Assert.All(answer.Items, i => Assert.Null(i.AskerStatus));
    }

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Key(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
