using System.Text.Json.Nodes;
using DanVanBot.App.Features.Plans;
using DanVanBot.Domain.Plans;
using DanVanBot.Domain.Plans.Deadlines;
using DanVanBot.Language.Plans;

namespace DanVanBot.Eval.Documents;

/// <summary>
/// The bot's own reading, through the same path as <c>plans parse</c>: <see cref="PlanDocumentReader"/> for the
/// file (text or Word), the parsed plan for number, issuer, date and dated obligations, and the JSON of
/// <c>plans parse --json</c> (<see cref="PlanJson"/>) for the document kind once it carries a <c>kind</c> field.
/// Until it does, a document the CLI accepts as a plan counts as "kế hoạch" and any other as "other".
/// </summary>
internal sealed class ParserPredictor : IDocumentPredictor
{
    public DocumentPrediction Predict(string fileName, byte[] content)
    {
        PlanReadResult read;
        try
        {
            read = PlanDocumentReader.Read(fileName, content, CancellationToken.None);
        }
        // A crash must cost this document its score, not stop the whole run.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DocumentPrediction.Nothing($"reader threw {e.GetType().Name}: {e.Message}");
        }
        if (read.Plan is not { } plan) return DocumentPrediction.Nothing($"reader said {read.Status}");
        var kind = KindInJson(plan) ?? (read.Status == PlanReadStatus.Ok ? "kế hoạch" : "other");
        return new DocumentPrediction(DocumentKinds.Normalise(kind), plan.Number, plan.Issuer, plan.IssuedOn, Deadlines(plan));
    }

    private static string? KindInJson(ParsedPlan plan) =>
        JsonNode.Parse(PlanJson.Write(plan))?["kind"]?.GetValue<string>();

    /// <summary>Every occurrence with a last day; one with a window (an activity period) is judged as that window.</summary>
    private static List<PredictedDeadline> Deadlines(ParsedPlan plan) =>
        [.. from obligation in plan.Obligations
            where !obligation.NeedsDate
            from occurrence in obligation.Occurrences
            where occurrence.LastDay is not null
            select new PredictedDeadline(KeyOf(occurrence), obligation.Units, obligation.Description, obligation.Phrase)];

    private static DeadlineKey KeyOf(Occurrence occurrence) => occurrence is { WindowFrom: { } start, WindowTo: { } end }
        ? DeadlineKey.Window(start, end)
        : DeadlineKey.Day(occurrence.LastDay!.Value);
}
