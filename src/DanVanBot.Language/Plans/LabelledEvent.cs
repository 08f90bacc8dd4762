using DanVanBot.Domain.Plans;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// "1. Thời gian: 14 giờ 00, thứ Sáu, ngày 20/11/2026." dates the event the document is about; the line itself names
/// nothing but the label, so the duty takes the document's title ("Về việc tổ chức Hội nghị đối thoại…" → "Tổ chức Hội
/// nghị đối thoại…"), which also lets limits counted from "ngày tổ chức hội nghị" find it.
/// </summary>
internal static class LabelledEvent
{
    private const int MaxLabelWords = 4;
    private const int MaxDescriptionWords = 12;

    private static readonly string[] TitleOpenings = ["về việc ", "v/v ", "về "];

    public static IReadOnlyList<PlanObligation> Apply(IReadOnlyList<PlanObligation> obligations, string title)
    {
        if (string.IsNullOrWhiteSpace(title) || !obligations.Any(IsLabelOnly)) return obligations;
        var name = title.Trim();
        foreach (var opening in TitleOpenings)
            if (name.StartsWith(opening, StringComparison.OrdinalIgnoreCase)) { name = name[opening.Length..]; break; }
        name = ObligationDescription.Capitalise(name);
        return [.. obligations.Select(o => IsLabelOnly(o) ? o with { Description = name } : o)];
    }

    private static bool IsLabelOnly(PlanObligation obligation)
    {
        // "Thời gian", "Thời gian: 14 giờ 00, thứ Sáu": the label and what is left of the time after its date.
        var folded = VietnameseText.Fold(obligation.Description).TrimEnd(':', '.', ' ');
        var colon = folded.IndexOf(':', StringComparison.Ordinal);
        var label = colon < 0 ? folded : folded[..colon];
        return label.StartsWith("thoi gian", StringComparison.Ordinal) && label.Split(' ').Length <= MaxLabelWords
            && (colon < 0 || folded.Split(' ').Length <= MaxDescriptionWords);
    }
}
