using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>Reads a plan document, plain text or Word, into a parsed plan.</summary>
internal static class PlanFiles
{
    public static bool IsSupported(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".txt" or ".docx";

    public static ParsedPlan Parse(string fileName, Stream content, CancellationToken cancellationToken)
    {
        if (Path.GetExtension(fileName).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            return PlanDocumentParser.ParseDocx(content, cancellationToken);
        return PlanDocumentParser.ParseText(content, cancellationToken: cancellationToken);
    }

    public static ParsedPlan Parse(string path, CancellationToken cancellationToken)
    {
        using var stream = File.OpenRead(path);
        return Parse(path, stream, cancellationToken);
    }
}
