using System.Globalization;
using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.Language.Tests.Plans;

/// <summary>Finds the sample plans (data/plans) and this folder's fixtures from the test's output directory.</summary>
internal static class PlanFiles
{
    private static readonly Lazy<string> RepositoryRoot = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "DanVanBot.sln"))) return directory.FullName;
        throw new DirectoryNotFoundException("DanVanBot.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Sample(string fileName) => Path.Combine(RepositoryRoot.Value, "data", "plans", fileName);

    public static string Fixture(string fileName) =>
        Path.Combine(RepositoryRoot.Value, "tests", "DanVanBot.Language.Tests", "Plans", "Fixtures", fileName);

    /// <summary>A sample ("000_…") or fixture ("commune-…") plan, parsed.</summary>
    public static ParsedPlan Parse(string fileName)
    {
        var path = File.Exists(Sample(fileName)) ? Sample(fileName) : Fixture(fileName);
        return PlanDocumentParser.Parse(File.ReadAllText(path));
    }

    /// <summary>
    /// One obligation on one line, for exact comparison with a readable diff:
    /// "description (first 50 chars) | units | recipient | via | due dates | window | cadence | needs date".
    /// </summary>
    public static string Line(PlanObligation obligation)
    {
        var description = obligation.Description.Length > 50 ? obligation.Description[..50] : obligation.Description;
        var window = obligation.Rule is DanVanBot.Domain.Plans.Deadlines.MonthWindow
            ? string.Join(", ", obligation.Occurrences.Select(o => $"{Day(o.WindowFrom)}-{Day(o.WindowTo)}"))
            : "-";
        return string.Join(" | ",
            description,
            string.Join("; ", obligation.Units),
            obligation.Recipient ?? "-",
            obligation.Via ?? "-",
            obligation.DueDates.Count == 0 ? "-" : string.Join(", ", obligation.DueDates.Select(d => Day(d))),
            window,
            PlanJson.CadenceName(obligation.Cadence) ?? "-",
            obligation.NeedsDate ? "needs date" : "dated");
    }

    public static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";
}
