namespace DanVanBot.Eval;

/// <summary>
/// Where the evaluation sets live: <c>eval/questions/{half}.tsv</c> and <c>eval/documents/{half}/</c>. The set
/// <c>dev</c> is the seeded development half plus the development-only additions written after the split
/// (<c>questions/dev-added.tsv</c>, <c>documents/dev-added/</c>); <c>dev-added</c> is the additions alone; <c>test</c>
/// is the test half and nothing else (eval/README.md, "Development-only additions").
/// </summary>
internal sealed record EvalFolders(string EvalRoot)
{
    public const string Added = "dev-added";

    public static readonly string[] Sets = ["dev", "test", Added];

    /// <summary>The question files of a set, the existing ones only for the additions.</summary>
    public IReadOnlyList<string> QuestionFiles(string set) => Halves(set)
        .Select(half => Path.Combine(EvalRoot, "questions", half + ".tsv"))
        .Where(path => !IsAddition(path) || File.Exists(path))
        .ToList();

    /// <summary>The document folders of a set, the existing ones only for the additions.</summary>
    public IReadOnlyList<string> DocumentFolders(string set) => Halves(set)
        .Select(half => Path.Combine(EvalRoot, "documents", half))
        .Where(path => !IsAddition(path) || Directory.Exists(path))
        .ToList();

    private static string[] Halves(string set) => set switch
    {
        "dev" => ["dev", Added],
        "test" => ["test"],
        Added => [Added],
        _ => throw new ArgumentException($"Unknown set '{set}'", nameof(set)),
    };

    private static bool IsAddition(string path) => Path.GetFileNameWithoutExtension(path) == Added;

    /// <summary>
    /// The given folder, or the first <c>eval</c> folder holding <c>questions/</c> found walking up from the
    /// working directory and then from the executable (so both <c>dotnet run --project</c> and tests find it).
    /// </summary>
    public static EvalFolders Locate(string? explicitRoot)
    {
        if (!string.IsNullOrWhiteSpace(explicitRoot)) return new EvalFolders(Path.GetFullPath(explicitRoot));
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "eval");
                if (Directory.Exists(Path.Combine(candidate, "questions"))) return new EvalFolders(candidate);
            }
        }
        throw new DirectoryNotFoundException("Cannot find the eval/ folder (with questions/); pass --root PATH/eval.");
    }
}
