using System.Text;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Plans;

namespace DanVanBot.App.Features.Plans;

/// <summary>The readable (non-JSON) output of <c>plans parse</c>: header, units, then each duty with its dates.</summary>
internal static class PlanSummaryText
{
    public static string Write(ParsedPlan plan)
    {
        var text = new StringBuilder();
        var kind = PlanTexts.KindName(plan.Kind);
        text.AppendLine($"{char.ToUpperInvariant(kind[0])}{kind[1..]}: {plan.Number ?? PlanTexts.NoPlanNumber}");
        text.AppendLine($"Cơ quan ban hành: {plan.Issuer ?? "—"}");
        text.AppendLine($"Ngày ban hành: {(plan.IssuedOn is { } issued ? VietnameseDates.Date(issued) : "—")}");
        text.AppendLine($"Tiêu đề: {plan.Title}");
        text.AppendLine($"Thời gian thực hiện: {plan.Period}");
        text.AppendLine($"Đầu mối: {plan.Coordinator ?? "—"}");
        text.AppendLine($"Đơn vị ({plan.Units.Count}): {string.Join("; ", plan.Units.Select(u => u.Name))}");
        var undated = plan.Obligations.Count(o => o.NeedsDate);
        text.AppendLine($"Nhiệm vụ ({plan.Obligations.Count}, trong đó {undated} chưa có hạn):");
        foreach (var obligation in plan.Obligations)
        {
            text.AppendLine($"  {obligation.SectionPath}. {obligation.Description}");
            var due = PlanPreview.DueText(obligation);
            text.AppendLine(due is null ? "      Chưa có hạn — cần đầu mối ấn định" : $"      Hạn: {due}");
            if (obligation.Units.Count > 0) text.AppendLine($"      Đơn vị: {string.Join(", ", obligation.Units)}");
            text.AppendLine($"      Dòng: {string.Join(", ", obligation.SourceLines)}");
        }
        return text.ToString().TrimEnd();
    }
}
