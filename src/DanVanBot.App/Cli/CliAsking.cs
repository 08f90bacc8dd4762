using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Ask.Presenting;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Cli;

/// <summary>The <c>ask</c> command's use of the bot's services: who asks (by names) and the answer.</summary>
internal sealed class CliAsking(IServiceProvider services)
{
    private readonly QuestionInterpreter interpreter = services.GetRequiredService<QuestionInterpreter>();
    private readonly AnswerService answers = services.GetRequiredService<AnswerService>();
    private readonly IOrganisationStore organisations = services.GetRequiredService<IOrganisationStore>();
    private readonly TimeProvider clock = services.GetRequiredService<TimeProvider>();
    private readonly AnswerLines lines = services.GetRequiredService<AnswerLines>();

    /// <summary>The answer as the chat would word it, as plain text.</summary>
    public async Task<string> RenderAsync(Answer answer, DateOnly today, CancellationToken cancellationToken) =>
        AnswerText.Render(answer, await lines.BuildAsync(answer, today, cancellationToken), today);

    public async Task<(Answer Answer, DateOnly Today, Question Question)> AskAsync(string text, DateOnly? today, Asker asker, CancellationToken cancellationToken)
    {
        var day = today ?? VietnamTime.Today(clock);
        var question = interpreter.Interpret(text, day);
        return (await answers.AnswerAsync(question, day, asker, cancellationToken), day, question);
    }

    /// <summary>
    /// The asker named by --org and --unit (folded, best match; a unit alone also fixes its organisation). --org alone
    /// asks as that organisation's coordinating office, which sees every unit (as the Nội vụ office would in chat).
    /// Null when a name matches nothing.
    /// </summary>
    public async Task<Asker?> ResolveAskerAsync(string? organisationName, string? unitName, CancellationToken cancellationToken)
    {
        var all = await organisations.ListOrganisationsAsync(cancellationToken);
        var inScope = all;
        if (!string.IsNullOrWhiteSpace(organisationName))
        {
            var organisation = Best(all, o => o.Name, organisationName);
            if (organisation is null) return null;
            inScope = [organisation];
        }
        if (string.IsNullOrWhiteSpace(unitName))
        {
            if (organisationName is null) return Asker.Unknown;
            var coordinator = (await organisations.ListUnitsAsync(inScope[0].Id, cancellationToken)).FirstOrDefault(u => u.IsCoordinator);
            return new Asker(inScope[0].Id, coordinator?.Id, coordinator is not null);
        }

        var units = new List<UnitInfo>();
        foreach (var organisation in inScope) units.AddRange(await organisations.ListUnitsAsync(organisation.Id, cancellationToken));
        var unit = Best(units, u => u.Name, unitName);
        return unit is null ? null : new Asker(unit.OrganisationId, unit.Id, unit.IsCoordinator);
    }

    private static T? Best<T>(IEnumerable<T> candidates, Func<T, string> name, string wanted) where T : class =>
        candidates.Select(c => (Candidate: c, Score: NameMatch.Score(wanted, name(c))))
            .Where(c => c.Score > 0).OrderByDescending(c => c.Score).Select(c => c.Candidate).FirstOrDefault();
}
