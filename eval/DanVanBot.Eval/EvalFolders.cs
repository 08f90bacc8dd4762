namespace DanVanBot.Eval;

/// <summary>Where the evaluation sets live: <c>eval/questions/{set}.tsv</c> and <c>eval/documents/{set}/</c>.</summary>
internal sealed record EvalFolders(string EvalRoot)
{
    public static readonly string[] Sets = ["dev", "test"];

    public string QuestionFile(string set) => Path.Combine(EvalRoot, "questions", set + ".tsv");

    public string DocumentFolder(string set) => Path.Combine(EvalRoot, "documents", set);

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
