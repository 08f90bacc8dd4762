using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Ask.DueAnswerTests;

namespace DanVanBot.App.Tests.Ask;

public sealed class MissingAnswerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    [Fact]
    public async Task Missing_NotTheCoordinator_AnswersWithTheirOwnUnitsStanding()
    {
        var member = await bot.AskerAsync("Cầu Ngang", "Các cơ quan, đơn vị, địa phương");

        var answer = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 11", Day("2023-12-01"), member);

        Assert.True(answer.OwnUnitOnly);
        Assert.Equal([Day("2023-11-24")], answer.Items.Select(i => i.DueOn));
        Assert.All(answer.Items, i => Assert.Equal(AskerReportStatus.Late, i.AskerStatus));
    }

    [Fact]
    public async Task Missing_Coordinator_ListsUnitsNotSubmittedAndDropsThoseThatDid()
    {
        var asker = await bot.AskerAsync("Quận 7", "Phòng Nội vụ");
        var before = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 4", Day("2022-05-05"), asker);
        var item = Assert.Single(before.Items);
        Assert.Equal(["Các cơ quan, đơn vị thuộc Quận", "UBND 10 Phường"], item.UnitNames);

        var units = await bot.Organisations.ListUnitsAsync(asker.OrganisationId!.Value);
        var wards = units.Single(u => u.Name == "UBND 10 Phường");
        await bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(item.OccurrenceId, wards.Id, null, "An", "Đã thực hiện"));
        var after = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 4", Day("2022-05-05"), asker);

        Assert.False(after.OwnUnitOnly);
        Assert.Equal(["Các cơ quan, đơn vị thuộc Quận"], Assert.Single(after.Items).UnitNames);
    }
}
