using System.CommandLine;
using DanVanBot.Eval.Documents;
using DanVanBot.Eval.Questions;

namespace DanVanBot.Eval;

/// <summary>
/// <c>questions --set dev|test|dev-added [--verbose]</c>, <c>documents --set dev|test|dev-added [--verbose]</c> and
/// <c>docx --set dev|test|dev-added --out DIR</c>. Misses are listed for the development set only: the test set is scored,
/// never studied (eval/README.md). Exit codes: 0 scored, 2 bad arguments or a malformed set.
/// </summary>
internal static class EvalCommands
{
    public const int BadInput = 2;

    public static RootCommand Create()
    {
        return new RootCommand("Scores DanVanBot's understanding against the evaluation sets in eval/")
        {
            ScoreCommand("questions", "Intent and window accuracy of the question set", RunQuestions),
            ScoreCommand("documents", "Document fields, deadlines found and deadlines invented", RunDocuments),
            DocxCommand(),
        };
    }

    private static Option<string> SetOption() => new("--set")
    {
        Description = $"dev (the development half and its additions), test, or {EvalFolders.Added} (the additions alone)",
        DefaultValueFactory = _ => "dev",
    };

    private static Option<string?> RootOption() => new("--root") { Description = "The eval/ folder (found by walking up when omitted)" };

    private static Command ScoreCommand(string name, string description, Func<EvalFolders, string, bool, int> run)
    {
        var set = SetOption();
        var root = RootOption();
        var verbose = new Option<bool>("--verbose") { Description = "List every miss (development set only)" };
        var command = new Command(name, description) { set, root, verbose };
        command.SetAction(parse => Guarded(() =>
        {
            var chosen = parse.GetValue(set)!;
            if (!EvalFolders.Sets.Contains(chosen)) return Fail($"--set must be dev, test or {EvalFolders.Added}, not '{chosen}'.");
            if (parse.GetValue(verbose) && chosen == "test")
                return Fail("--verbose lists misses of the development set only; the test set is scored, never studied.");
            return run(EvalFolders.Locate(parse.GetValue(root)), chosen, parse.GetValue(verbose));
        }));
        return command;
    }

    private static int RunQuestions(EvalFolders folders, string set, bool verbose)
    {
        var cases = QuestionSet.ReadAll(folders.QuestionFiles(set));
        QuestionReport.Write(Console.Out, set, QuestionScorer.Score(cases, new InterpreterPredictor()), verbose);
        return 0;
    }

    private static int RunDocuments(EvalFolders folders, string set, bool verbose)
    {
        var documents = DocumentSet.ReadAll(folders.DocumentFolders(set));
        DocumentReport.Write(Console.Out, set, DocumentScorer.Score(documents, new ParserPredictor()), verbose);
        return 0;
    }

    private static Command DocxCommand()
    {
        var set = SetOption();
        var root = RootOption();
        var output = new Option<string>("--out") { Description = "Folder for the .docx files", Required = true };
        var command = new Command("docx", "Writes the .docx built from each NAME.docx.src of a set (to run plans parse on them)") { set, root, output };
        command.SetAction(parse => Guarded(() =>
        {
            var folder = Directory.CreateDirectory(parse.GetValue(output)!).FullName;
            var documents = DocumentSet.ReadAll(EvalFolders.Locate(parse.GetValue(root)).DocumentFolders(parse.GetValue(set)!));
            foreach (var document in documents.Where(d => d.SourcePath.EndsWith(DocumentSet.DocxSourceSuffix, StringComparison.Ordinal)))
            {
                var path = Path.Combine(folder, document.FileName);
                File.WriteAllBytes(path, document.Content());
                Console.WriteLine(path);
            }
            return 0;
        }));
        return command;
    }

    private static int Guarded(Func<int> run)
    {
        try
        {
            return run();
        }
        catch (Exception e) when (e is FormatException or IOException or System.Text.Json.JsonException)
        {
            return Fail(e.Message);
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine(message);
        return BadInput;
    }
}
