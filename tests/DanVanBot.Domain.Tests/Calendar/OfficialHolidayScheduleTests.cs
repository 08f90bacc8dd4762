using DanVanBot.Domain.Calendar;

namespace DanVanBot.Domain.Tests.Calendar;

public sealed class OfficialHolidayScheduleTests
{
    [Fact]
    public void Embedded_ShippedResource_CoversAnnouncedYears()
    {
        Assert.Equal(Enumerable.Range(2020, 7), OfficialHolidaySchedule.Embedded.Years);
        var tet2025 = OfficialHolidaySchedule.Embedded.For(2025, HolidayPeriod.LunarNewYear)!;
        Assert.Equal(new DateOnly(2025, 1, 25), tet2025.Min(d => d.Date));
        Assert.Equal(new DateOnly(2025, 2, 2), tet2025.Max(d => d.Date));
        Assert.Null(OfficialHolidaySchedule.Embedded.For(2026, HolidayPeriod.NationalDay));
    }

    [Fact]
    public void Parse_RangeAndMakeUpDay_ExpandsEveryDay()
    {
        const string json = """
            { "years": { "2030": { "NationalDay": {
                "daysOff": [ { "from": "2030-08-31", "to": "2030-09-03", "name": "Quốc khánh" } ],
                "workingDays": [ { "date": "2030-09-07", "name": "Làm bù" } ] } } } }
            """;

        var days = OfficialHolidaySchedule.Parse(json).For(2030, HolidayPeriod.NationalDay)!;

        Assert.Equal(4, days.Count(d => d.IsDayOff));
        Assert.Equal(new ScheduledDay(new DateOnly(2030, 9, 7), "Làm bù", HolidayPeriod.NationalDay, false), days.Single(d => !d.IsDayOff));
    }

    [Theory]
    [InlineData("""{ "years": { "2030": { "NationalDay": { "daysOff": [ { "date": "2031-09-02", "name": "x" } ] } } } }""")]
    [InlineData("""{ "years": { "2030": { "Christmas": { "daysOff": [ { "date": "2030-12-25", "name": "x" } ] } } } }""")]
    public void Parse_InvalidEntry_Throws(string json)
    {
        Assert.ThrowsAny<Exception>(() => OfficialHolidaySchedule.Parse(json));
    }
}
