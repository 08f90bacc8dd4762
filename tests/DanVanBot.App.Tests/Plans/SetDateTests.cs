using DanVanBot.App.Features.Identity;
using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Time;
using DanVanBot.Storage.Plans;
using Microsoft.Extensions.DependencyInjection;
using static DanVanBot.App.Tests.Plans.PlanImportHarness;

namespace DanVanBot.App.Tests.Plans;

/// <summary>The coordinating office dates undated duties from the set-date card (today is 01/04/2022, the plan covers 2022).</summary>
public sealed class SetDateTests : IAsyncLifetime
{
    private PlanImportHarness harness = null!;
    private UndatedOccurrence target = null!;

    public async Task InitializeAsync()
    {
        harness = await StartAsync();
        target = (await harness.UndatedAsync()).First(o => o.PlanTitle == "Thực hiện công tác Dân vận Chính quyền năm 2022");
    }

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private JsonObject Data(string? dueDate)
    {
        var data = new JsonObject { ["obligationId"] = target.OccurrenceId.ToString() };
        if (dueDate is not null) data["dueDate"] = dueDate;
        return data;
    }

    [Fact]
    public async Task SetDate_ValidDate_AssignsItAndTheDutyBecomesDue()
    {
        var answer = await harness.InvokeAsync("obligation.setDate", Data("2022-06-15"));

        Assert.Equal(string.Format(PlanTexts.DateSaved, "15/06/2022", target.Description), answer.GetProperty("value").GetString());
        Assert.DoesNotContain(await harness.UndatedAsync(), o => o.OccurrenceId == target.OccurrenceId);
        var due = await harness.Bot.Services.GetRequiredService<IPlanStore>()
            .FindDueAsync(harness.Organisation.Id, new DateWindow(new DateOnly(2022, 6, 15), new DateOnly(2022, 6, 15)));
        var item = Assert.Single(due, d => d.OccurrenceId == target.OccurrenceId);
        Assert.True(item.DateAssignedByCoordinator);
    }

    public static TheoryData<string?, string, string> InvalidInputs => new()
    {
        { null, PlanTexts.DateMissing, "" },
        { "", PlanTexts.DateMissing, "" },
        { "ngày mai", string.Format(PlanTexts.DateInvalid, "ngày mai"), "ngày mai" },
        { "2022-02-30", string.Format(PlanTexts.DateInvalid, "2022-02-30"), "2022-02-30" },
        { "2023-01-10", string.Format(PlanTexts.DateOutsidePeriod, "10/01/2023", "01/01/2022", "31/12/2022"), "2023-01-10" },
        { "2021-12-31", string.Format(PlanTexts.DateOutsidePeriod, "31/12/2021", "01/01/2022", "31/12/2022"), "2021-12-31" },
        { "2022-03-31", string.Format(PlanTexts.DateInPast, "31/03/2022", "01/04/2022"), "2022-03-31" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task SetDate_InvalidInput_ReturnsSameCardWithInputKeptAndProblemNamed(string? input, string problem, string keptValue)
    {
        var answer = await harness.InvokeAsync("obligation.setDate", Data(input));

        Assert.Equal("application/vnd.microsoft.card.adaptive", answer.GetProperty("type").GetString());
        var card = answer.GetProperty("value");
        var body = card.GetProperty("body").EnumerateArray().ToList();
        var dateInput = body.Single(e => e.TryGetProperty("id", out var id) && id.GetString() == "dueDate");
        Assert.Equal(keptValue, dateInput.GetProperty("value").GetString());
        Assert.Contains(body, e => e.TryGetProperty("text", out var t) && t.GetString() == problem);
        var action = card.GetProperty("actions")[0];
        Assert.Equal("obligation.setDate", action.GetProperty("verb").GetString());
        Assert.Equal(target.OccurrenceId.ToString(), action.GetProperty("data").GetProperty("obligationId").GetString());
        Assert.Contains(await harness.UndatedAsync(), o => o.OccurrenceId == target.OccurrenceId);
    }

    [Fact]
    public async Task SetDate_ByNonCoordinator_IsRefusedAndNothingChanges()
    {
        var answer = await harness.InvokeAsync("obligation.setDate", Data("2022-06-15"), MemberAad);

        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "UBND Quận 7"), answer.GetProperty("value").GetString());
        Assert.Contains(await harness.UndatedAsync(), o => o.OccurrenceId == target.OccurrenceId);
    }

    [Fact]
    public async Task SetDate_UnknownObligation_ReturnsCardNamingTheProblem()
    {
        var answer = await harness.InvokeAsync("obligation.setDate", new JsonObject { ["obligationId"] = Guid.NewGuid().ToString(), ["dueDate"] = "2022-06-15" });

        var body = answer.GetProperty("value").GetProperty("body").EnumerateArray();
        Assert.Contains(body, e => e.TryGetProperty("text", out var t) && t.GetString() == PlanTexts.ObligationUnknown);
    }

    [Theory]
    [InlineData("việc chưa có hạn")]
    [InlineData("viec chua co han")]
    [InlineData("Ấn định hạn")]
    public async Task UndatedList_Coordinator_SendsOneSetDateCardPerUndatedDuty(string text)
    {
        var undated = await harness.UndatedAsync();

        var intro = await harness.SayAsync(text);
        Assert.Equal(string.Format(PlanTexts.UndatedIntro, undated.Count), intro.Text);
        var shown = Math.Min(undated.Count, 5);
        for (var i = 0; i < shown; i++)
        {
            var card = await harness.Connector.NextCallAsync();
            Assert.Contains(undated[i].OccurrenceId.ToString(), card.AllText);
        }
        if (undated.Count > shown)
            Assert.Equal(string.Format(PlanTexts.UndatedMore, undated.Count - shown), (await harness.Connector.NextCallAsync()).Text);
    }

    [Fact]
    public async Task UndatedList_NonCoordinator_IsRefused()
    {
        var reply = await harness.SayAsync("việc chưa có hạn", MemberAad);
        Assert.Equal(string.Format(AccessTexts.NeedCoordinator, "cơ quan"), reply.Text);
    }
}
