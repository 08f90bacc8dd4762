using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Hosting;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DanVanBot.App.Tests.Ask;

/// <summary>
/// The bot's own services (not started) over a fresh SQLite file with the five sample plans imported at
/// startup, as in production. Shared by the tests of a class: importing takes a moment.
/// </summary>
public sealed class SamplePlansBot : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("danvanbot-ask-").FullName;
    private WebApplication app = null!;

    public IServiceProvider Services => app.Services;

    internal AnswerService Answers => Services.GetRequiredService<AnswerService>();

    internal IOrganisationStore Organisations => Services.GetRequiredService<IOrganisationStore>();

    public async Task InitializeAsync()
    {
        app = BotHost.Build(["--environment", "Development"], builder => builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Sqlite",
                ["ConnectionStrings:DanVan"] = $"Data Source={Path.Combine(directory, "ask.db")}",
            }));
        await app.PrepareAsync();
    }

    internal Task<Answer> AskAsync(string text, DateOnly today, Asker? asker = null) =>
        Answers.AnswerAsync(new QuestionInterpreter().Interpret(text, today), today, asker ?? Asker.Unknown);

    /// <summary>The asker working in the unit of that name within the organisation whose name contains <paramref name="organisationPart"/>.</summary>
    internal async Task<Asker> AskerAsync(string organisationPart, string unitName)
    {
        var organisation = (await Organisations.ListOrganisationsAsync())
            .Single(o => NameMatch.Key(o.Name).Contains(NameMatch.Key(organisationPart), StringComparison.Ordinal));
        var unit = (await Organisations.ListUnitsAsync(organisation.Id)).Single(u => u.Name == unitName);
        return new Asker(organisation.Id, unit.Id, unit.IsCoordinator);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly. */ }
    }
}
