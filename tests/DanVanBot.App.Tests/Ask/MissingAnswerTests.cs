using DanVanBot.App;
using DanVanBot.App.Features.Ask;
using DanVanBot.Domain.Reports;
using DanVanBot.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Ask.DueAnswerTests;

namespace DanVanBot.App.Tests.Ask;

public sealed class MissingAnswerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    [Fact]
    public async Task Missing_AskerCoordinatingNothing_IsNotAllowed()
    {
        // Who may ask is the route's rule (a coordinator, see AskConversationTests); the service answers only for
        // the organisations it is given, and none means nothing.
        var asker = new DanVanBot.App.Features.Ask.Answering.Asker(null, null) { Organisations = [] };

        var answer = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 11", Day("2023-12-01"), asker);

        Assert.True(answer.NotAllowed);
        Assert.Empty(answer.Items);
        Assert.Equal(BotTexts.MissingNotAllowed, AnswerText.Render(answer, Day("2023-12-01")));
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
        await bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(
            Guid.NewGuid(), item.OccurrenceId, wards.Id, new ReportContent("Đã thực hiện"), new ReportAuthor(null, "An")));
        var after = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 4", Day("2022-05-05"), asker);

        Assert.False(after.NotAllowed);
        Assert.Equal(["Các cơ quan, đơn vị thuộc Quận"], Assert.Single(after.Items).UnitNames);
    }
}
