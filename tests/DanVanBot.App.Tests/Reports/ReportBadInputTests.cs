using System.Net;
using System.Text.Json;
using DanVanBot.App.Tests.TestSupport;
using static DanVanBot.App.Tests.Reports.CardReading;

namespace DanVanBot.App.Tests.Reports;

/// <summary>
/// Bad input against <c>/api/messages</c> with real signed tokens: each request gets a clear Vietnamese answer (never
/// a 500) and leaves the database as it was, every row of the report tables compared before and after.
/// </summary>
public sealed class ReportBadInputTests(AuthenticatedReportBot bot) : IClassFixture<AuthenticatedReportBot>
{
    [Theory]
    [MemberData(nameof(ReportBadInputs.Names), MemberType = typeof(ReportBadInputs))]
    public Task BadInput_ClearAnswer_DatabaseUnchanged(string name) =>
        AssertRefusedAsync(bot, ReportBadInputs.All.Single(i => i.Name == name));

    /// <summary>Posts the case and checks the answer and the rows; shared with the PostgreSQL run.</summary>
    internal static async Task AssertRefusedAsync(AuthenticatedReportBot bot, ReportBadInput input)
    {
        var rowsBefore = await ReportRows.TakeAsync(bot.Bot.Services);
        var countsBefore = await DatabaseSnapshot.TakeAsync(bot.Bot.Services);

        var answer = await AnswerAsync(bot, input);

        Assert.True(answer.Contains(input.Expected(bot), StringComparison.Ordinal), $"{input.Name}: expected “{input.Expected(bot)}” in:\n{answer}");
        Assert.Equal(rowsBefore, await ReportRows.TakeAsync(bot.Bot.Services));
        Assert.Equal(countsBefore, await DatabaseSnapshot.TakeAsync(bot.Bot.Services));
    }

    private static async Task<string> AnswerAsync(AuthenticatedReportBot bot, ReportBadInput input)
    {
        using var response = await bot.PostAsync(input.Activity(bot));
        var body = await response.Content.ReadAsStringAsync();
        if (input.ReplyIn is { } conversation)
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await bot.Connector.NextCallToAsync(conversation)).AllText;
        }
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{input.Name}: HTTP {(int)response.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        var value = json.RootElement.GetProperty("value");
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Join('\n', Texts(value));
    }
}

/// <summary>The same cases with the bot on PostgreSQL (one test: one database for all of them).</summary>
public sealed class ReportBadInputPostgresTests(AuthenticatedPostgresReportBot bot) : IClassFixture<AuthenticatedPostgresReportBot>
{
    [RequiresPostgresFact]
    public async Task BadInputs_Postgres_ClearAnswers_DatabaseUnchanged()
    {
        Assert.NotNull(TestPostgres.AdminConnectionString);
        foreach (var input in ReportBadInputs.All) await ReportBadInputTests.AssertRefusedAsync(bot, input);
    }
}
