namespace DanVanBot.Eval.Documents;

/// <summary>One document of a set: its expected extraction and how to get its bytes as the bot would receive them.</summary>
internal sealed record DocumentCase(string Name, string SourcePath, ExpectedDocument Expected)
{
    /// <summary>The file name the reader sees: a <c>.docx.src</c> markup file is handed over as the .docx built from it.</summary>
    public string FileName => SourcePath.EndsWith(DocumentSet.DocxSourceSuffix, StringComparison.Ordinal)
        ? Name + ".docx"
        : Path.GetFileName(SourcePath);

    public byte[] Content() => SourcePath.EndsWith(DocumentSet.DocxSourceSuffix, StringComparison.Ordinal)
        ? DocxMarkup.Build(File.ReadAllText(SourcePath))
        : File.ReadAllBytes(SourcePath);
}

/// <summary>
/// eval/documents/{set}/: every <c>NAME.expected.json</c> with exactly one source beside it, <c>NAME.txt</c> (a text
/// export) or <c>NAME.docx.src</c> (markup built into a real .docx at scoring time, see <see cref="DocxMarkup"/>).
/// </summary>
internal static class DocumentSet
{
    public const string ExpectedSuffix = ".expected.json";
    public const string DocxSourceSuffix = ".docx.src";

    /// <summary>Several folders read as one set (the development half and its additions): a name may appear only once.</summary>
    public static IReadOnlyList<DocumentCase> ReadAll(IReadOnlyList<string> folders)
    {
        var cases = folders.SelectMany(Read).ToList();
        if (cases.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw new FormatException($"{string.Join(", ", folders)}: document {duplicate.Key} appears in more than one folder");
        return cases;
    }

    public static IReadOnlyList<DocumentCase> Read(string folder)
    {
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"No document set at {folder}");
        var cases = new List<DocumentCase>();
        foreach (var expectedPath in Directory.GetFiles(folder, "*" + ExpectedSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(expectedPath)[..^ExpectedSuffix.Length];
            var sources = new[] { name + ".txt", name + DocxSourceSuffix }
                .Select(file => Path.Combine(folder, file)).Where(File.Exists).ToList();
            if (sources.Count != 1)
                throw new FormatException($"{expectedPath}: expected exactly one source ({name}.txt or {name}{DocxSourceSuffix}), found {sources.Count}");
            cases.Add(new DocumentCase(name, sources[0], ExpectedDocument.Read(expectedPath)));
        }
        if (cases.Count == 0) throw new FormatException($"{folder}: no *{ExpectedSuffix} files");
        return cases;
    }
}
