using System.Text;

namespace DanVanBot.Bench;

/// <summary>The five shipped sample plans (copied next to the benchmark), and realistic plans of a given size built from them.</summary>
public static class SamplePlans
{
    public const int ThirtyKilobytes = 30 * 1024;

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data", "plans");

    public static IReadOnlyList<string> Files =>
        Directory.EnumerateFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The largest sample with extra content paragraphs (section II of the other samples) inserted before its
    /// third Roman section, until the text reaches 30 KB of UTF-8. The header, deadlines and "Tổ chức thực hiện"
    /// stay where a real plan has them, so every stage of the parser does its usual work on a longer body.
    /// </summary>
    public static string BuildThirtyKilobytePlan() => BuildPlan(ThirtyKilobytes);

    /// <summary>The same construction grown to <paramref name="bytes"/> (the section II paragraphs repeat as needed).</summary>
    public static string BuildPlan(int bytes)
    {
        var texts = Files.Select(File.ReadAllText).OrderByDescending(t => Encoding.UTF8.GetByteCount(t)).ToList();
        var lines = Lines(texts[0]).ToList();
        var insertAt = IndexOfSection(lines, "III.");
        if (insertAt < 0) throw new InvalidOperationException("The largest sample has no section III.");

        var padding = texts.Skip(1).SelectMany(t => SectionBody(Lines(t).ToList(), "II.", "III."))
            .Where(line => line.Length > 80) // content paragraphs, not headings
            .ToList();
        var size = Encoding.UTF8.GetByteCount(string.Join('\n', lines));
        var added = new List<string>();
        for (var index = 0; size < bytes && padding.Count > 0; index++)
        {
            var paragraph = padding[index % padding.Count];
            added.Add(paragraph);
            added.Add(string.Empty);
            size += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }
        lines.InsertRange(insertAt, added);
        var plan = string.Join('\n', lines);
        return Encoding.UTF8.GetByteCount(plan) >= bytes
            ? plan
            : throw new InvalidOperationException($"Not enough sample text to reach {bytes} bytes.");
    }

    private static string[] Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static int IndexOfSection(List<string> lines, string prefix) =>
        lines.FindIndex(line => line.TrimStart().StartsWith(prefix, StringComparison.Ordinal));

    private static IEnumerable<string> SectionBody(List<string> lines, string from, string to)
    {
        var start = IndexOfSection(lines, from);
        var end = IndexOfSection(lines, to);
        return start < 0 || end <= start ? [] : lines.Skip(start + 1).Take(end - start - 1);
    }
}
