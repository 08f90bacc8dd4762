using DanVanBot.Domain.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.App.Features.Plans;

internal enum PlanReadStatus { Ok, Unsupported, Unreadable, NotAPlan }

internal sealed record PlanReadResult(PlanReadStatus Status, ParsedPlan? Plan = null);

/// <summary>
/// Turns a document's bytes into a plan, or says why it is not one. Shared by chat import and the CLI so
/// both refuse the same files for the same reasons.
/// </summary>
internal static class PlanDocumentReader
{
    public static PlanReadResult Read(string fileName, byte[] content)
    {
        if (!PlanFiles.IsSupported(fileName)) return new(PlanReadStatus.Unsupported);
        ParsedPlan plan;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            plan = PlanFiles.Parse(fileName, stream);
        }
        // A corrupt or mislabelled file fails deep inside the zip/OpenXml/decoder layers with many exception
        // types; to the user they all mean the same thing, so they are reported as one answer.
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            return new(PlanReadStatus.Unreadable);
        }
        return LooksLikePlan(plan) ? new(PlanReadStatus.Ok, plan) : new(PlanReadStatus.NotAPlan, plan);
    }

    /// <summary>
    /// A plan has the "KẾ HOẠCH" heading line and at least one duty. Anything else (a letter, minutes, a
    /// binary file renamed .txt) would preview as an empty plan, which helps no one.
    /// </summary>
    public static bool LooksLikePlan(ParsedPlan plan) =>
        plan.Obligations.Count > 0
        && plan.SourceLines.Any(line => VietnameseText.Clean(line).StartsWith("KẾ HOẠCH", StringComparison.Ordinal));
}
