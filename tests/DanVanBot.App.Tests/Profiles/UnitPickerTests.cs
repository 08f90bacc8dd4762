using DanVanBot.App.Features.Profiles;
using DanVanBot.App.Tests.Ask;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Profiles;

public sealed class UnitPickerTests(SamplePlansBot bot) : IClassFixture<SamplePlansBot>
{
    private UnitPicker Picker => bot.Services.GetRequiredService<UnitPicker>();

    [Fact]
    public async Task CardDataAsync_SamplePlans_ListsEveryOrganisationsUnitsWithTheOrganisation()
    {
        var data = await Picker.CardDataAsync("kept", "lỗi", CancellationToken.None);

        Assert.Equal(5, data.Units.Select(u => u.Organisation).Distinct().Count());
        Assert.Contains(data.Units, u => u.Name == "Văn phòng - Thống kê" && u.Organisation == "UBND phường Trương Quang Trọng");
        Assert.Equal(("kept", "lỗi"), (data.SelectedUnitId, data.Error));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData("7d3c2f0e-0000-0000-0000-000000000000")]
    public async Task FindChoiceAsync_InvalidValue_ReturnsNull(string? value) =>
        Assert.Null(await Picker.FindChoiceAsync(value, CancellationToken.None));

    [Fact]
    public async Task FindChoiceAsync_ListedUnit_ReturnsIt()
    {
        var choice = (await Picker.CardDataAsync(null, null, CancellationToken.None)).Units.First();

        Assert.Equal(choice.Name, (await Picker.FindChoiceAsync(choice.Id, CancellationToken.None))?.Name);
    }
}
