using DanVanBot.App;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Domain.Reports;
using DanVanBot.Domain.Roster;
using DanVanBot.Language.Questions;
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
        await bot.Services.GetRequiredService<IReportStore>().SubmitAsync(new ReportSubmission(
            Guid.NewGuid(), item.OccurrenceId, wards.Id, new ReportContent("Đã thực hiện"), new ReportAuthor(null, "An")));
        var after = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 4", Day("2022-05-05"), asker);

        Assert.False(after.OwnUnitOnly);
        Assert.Equal(["Các cơ quan, đơn vị thuộc Quận"], Assert.Single(after.Items).UnitNames);
    }

    [Fact]
    public async Task Missing_RosterCoordinator_CoversOnlyTheOrganisationsTheyCoordinate()
    {
        // The roster's word, not a chosen unit: a coordinator of Quận 7 who is also a member in Cầu Ngang.
        var quan7 = await bot.AskerAsync("Quận 7", "Phòng Nội vụ");
        var caungang = await bot.AskerAsync("Cầu Ngang", "Các cơ quan, đơn vị, địa phương");
        var user = new CurrentUser
        {
            AadObjectId = "00000000-0000-0000-0000-00000000c007",
            Memberships =
            [
                new Membership(quan7.UnitId!.Value, "Phòng Nội vụ", quan7.OrganisationId!.Value, "UBND Quận 7", RosterRole.Coordinator),
                new Membership(caungang.UnitId!.Value, "Các cơ quan, đơn vị, địa phương", caungang.OrganisationId!.Value, "UBND huyện Cầu Ngang", RosterRole.Member),
            ],
        };

        var answer = await bot.AskAsync("đơn vị nào chưa nộp báo cáo năm 2022", Day("2022-12-31"), Asker.For(user, QuestionIntent.Missing));

        Assert.False(answer.OwnUnitOnly);
        Assert.NotEmpty(answer.Items);
        Assert.Contains(answer.Items, i => i.UnitNames.Contains("UBND 10 Phường"));
        Assert.DoesNotContain(answer.Items, i => i.UnitNames.Contains("Các cơ quan, đơn vị, địa phương"));
    }

    [Fact]
    public async Task Missing_NoCoordinatorRoleAndNoUnit_NeedsAUnitAndListsNothing()
    {
        var answer = await bot.AskAsync("đơn vị nào chưa nộp báo cáo tháng 11", Day("2023-12-01"), Asker.For(new CurrentUser { AadObjectId = "x" }, QuestionIntent.Missing));

        Assert.True(answer.NeedsUnit);
        Assert.Empty(answer.Items);
    }
}
