using DanVanBot.Domain.Plans;
using DanVanBot.Language.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// How a document read: <see cref="PlanReadStatus.Ok"/> a plan with duties; <see cref="PlanReadStatus.OtherDocument"/>
/// a công văn, thông báo, news item or other document that sets deadlines (imported only after the coordinator
/// confirms); <see cref="PlanReadStatus.TooLarge"/> past the document limits ("tệp quá lớn hoặc hỏng");
/// <see cref="PlanReadStatus.NotAPlan"/> nothing to import.
/// </summary>
internal enum PlanReadStatus { Ok, Unsupported, Unreadable, TooLarge, NotAPlan, OtherDocument }

internal sealed record PlanReadResult(PlanReadStatus Status, ParsedPlan? Plan = null)
{
    /// <summary>A plan, or another document with obligations: either can be previewed and published.</summary>
    public bool IsImportable => Status is (PlanReadStatus.Ok or PlanReadStatus.OtherDocument) && Plan is not null;
}

/// <summary>
/// Turns a document's bytes into a plan, or says why it is not one. Shared by chat import and the CLI so
/// both refuse the same files for the same reasons. The document is opened once, within <see cref="PlanDocumentLimits"/>.
/// </summary>
internal static class PlanDocumentReader
{
    /// <param name="cancellationToken">The turn's: its time limit stops a long parse.</param>
    public static PlanReadResult Read(string fileName, byte[] content, CancellationToken cancellationToken)
    {
        if (!PlanFiles.IsSupported(fileName)) return new(PlanReadStatus.Unsupported);
        ParsedPlan plan;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            plan = PlanFiles.Parse(fileName, stream, cancellationToken);
        }
        catch (PlanTooLargeException)
        {
            return new(PlanReadStatus.TooLarge);
        }
        catch (PlanDocumentUnreadableException)
        {
            return new(PlanReadStatus.Unreadable);
        }
        // The parser's way of saying "this is no plan": it found no plan year in a heading or title.
        catch (FormatException)
        {
            return new(PlanReadStatus.NotAPlan);
        }
        if (LooksLikePlan(plan)) return new(PlanReadStatus.Ok, plan);
        return plan.Kind != DocumentKind.Plan && plan.Obligations.Count > 0
            ? new(PlanReadStatus.OtherDocument, plan)
            : new(PlanReadStatus.NotAPlan, plan);
    }

    /// <summary>
    /// A plan has the "KẾ HOẠCH" heading line and at least one duty. Anything else (a letter, minutes, a
    /// binary file renamed .txt) would preview as an empty plan, which helps no one.
    /// </summary>
    public static bool LooksLikePlan(ParsedPlan plan) =>
        plan.Obligations.Count > 0
        && plan.SourceLines.Any(line => VietnameseText.Clean(line).StartsWith("KẾ HOẠCH", StringComparison.Ordinal));
}
