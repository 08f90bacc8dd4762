using DanVanBot.Cards;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Plans;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Plans;

/// <summary>The preview card of a parsed plan: header facts, every duty with its dates (undated ones flagged), units.</summary>
internal static class PlanPreview
{
    private const int MaxDatesShown = 4;
    private const int MaxDescriptionLength = 220;

    public static string Reference(ParsedPlan plan) =>
        plan.Number is { Length: > 0 } number ? $"số {number}" : $"“{Shorten(plan.Title, 80)}”";

    public static PlanPreviewCardData Data(Guid importId, ParsedPlan plan, int? obligationLimit = null)
    {
        var shown = plan.Obligations.Take(obligationLimit ?? int.MaxValue).Select(Obligation).ToList();
        var hidden = plan.Obligations.Count - shown.Count;
        // The template has no "more" row; a last row says how many were left out so the count stays honest.
        if (hidden > 0) shown.Add(new PlanObligationPreview($"… và {hidden} nhiệm vụ khác (xem đầy đủ sau khi xuất bản)", "—"));
        return new PlanPreviewCardData(
            importId.ToString(),
            plan.Number ?? PlanTexts.NoPlanNumber,
            plan.Issuer ?? plan.Locality ?? "—",
            plan.Title,
            shown,
            plan.Units.Select(u => u.Name).ToList(),
            plan.IssuedOn is { } issued ? VietnameseDates.Date(issued) : null,
            plan.Period.ToString(),
            plan.Coordinator,
            plan.Kind == DocumentKind.Plan ? null : string.Format(PlanTexts.OtherDocumentNotice, PlanTexts.KindName(plan.Kind), plan.Obligations.Count));
    }

    /// <summary>The preview message; a plan too long for one Teams message shows fewer duties rather than failing.</summary>
    public static Activity Message(Guid importId, ParsedPlan plan)
    {
        var summary = string.Format(PlanTexts.PreviewSummary, Reference(plan));
        int? limit = null;
        while (true)
        {
            try
            {
                return CardMessage.Create(CardNames.PlanPreview, Data(importId, plan, limit), summary);
            }
            catch (CardTooLargeException) when ((limit ?? plan.Obligations.Count) > 1)
            {
                limit = (limit ?? plan.Obligations.Count) / 2;
            }
        }
    }

    private static PlanObligationPreview Obligation(PlanObligation obligation) => new(
        Shorten(obligation.Description, MaxDescriptionLength),
        DueText(obligation),
        obligation.SectionPath,
        obligation.Units.Count > 0 ? string.Join(", ", obligation.Units) : null);

    /// <summary>"01/05/2022, 01/05/2023 … (5 lần)", a window "từ 01/03/2025 đến 31/03/2025", or null when undated.</summary>
    public static string? DueText(PlanObligation obligation)
    {
        if (obligation.NeedsDate) return null;
        var dates = obligation.DueDates;
        if (dates.Count > 0)
        {
            var text = string.Join(", ", dates.Take(MaxDatesShown).Select(VietnameseDates.Date));
            return dates.Count > MaxDatesShown ? $"{text} … ({dates.Count} lần)" : text;
        }
        var window = obligation.Occurrences.FirstOrDefault(o => o.WindowFrom is not null && o.WindowTo is not null);
        return window is null ? null : $"từ {VietnameseDates.Date(window.WindowFrom!.Value)} đến {VietnameseDates.Date(window.WindowTo!.Value)}";
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
