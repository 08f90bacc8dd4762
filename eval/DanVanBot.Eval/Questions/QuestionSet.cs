namespace DanVanBot.Eval.Questions;

/// <summary>
/// Reads eval/questions/*.tsv: a header line, then <c>id class today intent window style question note</c>
/// separated by tabs. Any malformed line stops the run with its line number: a silently skipped case would
/// inflate the score.
/// </summary>
internal static class QuestionSet
{
    public static readonly string[] Header = ["id", "class", "today", "intent", "window", "style", "question", "note"];

    /// <summary>The intents a case may expect: the CLI's names plus <c>workdays</c> (see eval/README.md).</summary>
    public static readonly string[] Intents = ["due", "deadline", "tasks", "search", "missing", "submit", "help", "unknown", "workdays"];

    /// <summary>Several files read as one set (the development half and its additions): an id may appear only once.</summary>
    public static IReadOnlyList<QuestionCase> ReadAll(IReadOnlyList<string> paths)
    {
        var cases = paths.SelectMany(Read).ToList();
        if (cases.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new FormatException($"{string.Join(", ", paths)}: id {duplicate.Key} appears in more than one file");
        return cases;
    }

    public static IReadOnlyList<QuestionCase> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Split('\t').SequenceEqual(Header) is false)
            throw new FormatException($"{path}: the first line must be the header '{string.Join("\\t", Header)}'");
        var cases = new List<QuestionCase>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Length == 0) continue;
            try
            {
                var parsed = Parse(lines[index]);
                if (!ids.Add(parsed.Id)) throw new FormatException($"duplicate id {parsed.Id}");
                cases.Add(parsed);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}:{index + 1}: {e.Message}", e);
            }
        }
        return cases;
    }

    private static QuestionCase Parse(string line)
    {
        var cells = line.Split('\t');
        if (cells.Length != Header.Length) throw new FormatException($"expected {Header.Length} tab-separated cells, found {cells.Length}");
        if (!ExpectedWindow.TryDay(cells[2], out var today)) throw new FormatException($"today must be yyyy-MM-dd, not '{cells[2]}'");
        if (!Intents.Contains(cells[3])) throw new FormatException($"unknown intent '{cells[3]}'");
        if (cells[6].Trim().Length == 0) throw new FormatException("empty question");
        var styles = cells[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new QuestionCase(cells[0], cells[1], today, cells[3], ExpectedWindow.Parse(cells[4]), styles, cells[6], cells[7]);
    }
}
