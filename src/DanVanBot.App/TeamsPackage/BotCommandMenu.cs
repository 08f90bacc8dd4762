using System.Text.Json;
using System.Text.Json.Nodes;

namespace DanVanBot.App.TeamsPackage;

/// <summary>One entry of the bot's command menu: where it shows, and its title and description per language tag.</summary>
internal sealed record BotCommand(
    IReadOnlyList<string> Scopes,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Description);

/// <summary>
/// The bot's command menu (<c>appPackage/commands.json</c>, the one place a command is added) turned into the
/// manifest's per-scope <c>commandLists</c> and the localisation files' <c>bots[0].commandLists[i]…</c> keys.
/// </summary>
internal sealed class BotCommandMenu(IReadOnlyList<BotCommand> commands)
{
    /// <summary>Teams' bot scopes, in the order their command lists are written.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["personal", "team", "groupChat"];

    // Teams shows at most 10 commands per menu; older clients cut titles at 32 and descriptions at 128 characters.
    public const int MaxCommandsPerScope = 10;
    public const int MaxTitleLength = 32;
    public const int MaxDescriptionLength = 128;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IReadOnlyList<BotCommand> Commands => commands;

    public static BotCommandMenu Load() =>
        new(PackageSources.ReadJson(PackageSources.CommandsFile)["commands"].Deserialize<List<BotCommand>>(Json)
            ?? throw new InvalidOperationException($"appPackage/{PackageSources.CommandsFile} has no \"commands\"."));

    /// <summary>What is wrong with the menu for a package in these languages (empty when nothing is).</summary>
    public IReadOnlyList<string> Problems(IReadOnlyCollection<string> languages)
    {
        var problems = new List<string>();
        foreach (var command in commands)
        {
            var name = command.Title.Values.FirstOrDefault() ?? "(no title)";
            problems.AddRange(command.Scopes.Where(s => !Scopes.Contains(s)).Select(s => $"“{name}”: unknown scope “{s}”"));
            foreach (var language in languages)
            {
                if (!command.Title.TryGetValue(language, out var title) || title.Length is 0 or > MaxTitleLength)
                    problems.Add($"“{name}”: the {language} title must have 1–{MaxTitleLength} characters");
                if (!command.Description.TryGetValue(language, out var text) || text.Length is 0 or > MaxDescriptionLength)
                    problems.Add($"“{name}”: the {language} description must have 1–{MaxDescriptionLength} characters");
            }
        }
        problems.AddRange(Scopes.Where(s => InScope(s).Count() > MaxCommandsPerScope)
            .Select(s => $"scope {s} has more than {MaxCommandsPerScope} commands"));
        return problems;
    }

    /// <summary>One command list per scope that has commands, in the manifest's default language.</summary>
    public JsonArray ManifestLists(string language) => new(ScopesWithCommands().Select(scope => (JsonNode)new JsonObject
    {
        ["scopes"] = new JsonArray(JsonValue.Create(scope)),
        ["commands"] = new JsonArray(InScope(scope).Select(c => (JsonNode)new JsonObject
        {
            ["title"] = c.Title[language],
            ["description"] = c.Description[language],
        }).ToArray()),
    }).ToArray());

    /// <summary>The localisation file's keys for the same lists, in that file's language.</summary>
    public IEnumerable<KeyValuePair<string, string>> LocalizationKeys(string language)
    {
        var lists = ScopesWithCommands().ToList();
        for (var i = 0; i < lists.Count; i++)
        {
            var inScope = InScope(lists[i]).ToList();
            for (var j = 0; j < inScope.Count; j++)
            {
                yield return new($"bots[0].commandLists[{i}].commands[{j}].title", inScope[j].Title[language]);
                yield return new($"bots[0].commandLists[{i}].commands[{j}].description", inScope[j].Description[language]);
            }
        }
    }

    private IEnumerable<string> ScopesWithCommands() => Scopes.Where(s => InScope(s).Any());

    private IEnumerable<BotCommand> InScope(string scope) => commands.Where(c => c.Scopes.Contains(scope));
}
