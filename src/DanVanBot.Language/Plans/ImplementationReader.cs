using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>A unit as introduced in "TỔ CHỨC THỰC HIỆN", before the coordinator is known.</summary>
internal sealed record UnitMention(string Name, string Heading, IReadOnlyList<int> Lines);

/// <summary>
/// Reads the "TỔ CHỨC THỰC HIỆN" section: one item per unit ("1. Phòng Nội vụ"), sometimes a lead sentence
/// whose lettered sub-items are the units ("2. … các cơ quan sau đây … định kỳ báo cáo…" / "a) Văn phòng…"), and
/// bullets of the form "- Trung tâm Văn hóa …: chủ động…". Each unit's paragraphs become its duty scope.
/// </summary>
internal static class ImplementationReader
{
    public static (IReadOnlyList<UnitMention> Units, IReadOnlyList<DutyScope> Scopes) Read(OutlineSection? section)
    {
        var units = new UnitMentions();
        var scopes = new List<DutyScope>();
        if (section is null) return (units.All, scopes);
        scopes.Add(new DutyScope(section.Label, [], section.Body, IsImplementation: true));
        foreach (var item in section.Items) ReadItem(item, units, scopes);
        return (units.All, scopes);
    }

    private static void ReadItem(OutlineItem item, UnitMentions units, List<DutyScope> scopes)
    {
        // "2. Các ấp gửi báo cáo … trước ngày 05/6/2026.": a duty sentence whose subject is the unit, not a unit heading.
        if (HeadingSentence(item.Heading) is { } subject)
        {
            var names = subject.Select(name => Introduce(name, item.Heading, units)).ToList();
            scopes.Add(new DutyScope(item.Path, names, [item.Heading, .. item.Body], IsImplementation: true));
            foreach (var child in item.Children)
                scopes.Add(new DutyScope(child.Path, names, [child.Heading, .. child.Body], IsImplementation: true));
            return;
        }
        if (UnitNames.LooksLikeUnit(item.Heading.Text))
        {
            var names = Introduce(item.Heading, units);
            var paragraphs = new List<PlanParagraph>();
            foreach (var paragraph in item.Body)
            {
                if (!TryReadUnitBullet(paragraph, item.Path, units, scopes)) paragraphs.Add(paragraph);
            }
            scopes.Add(new DutyScope(item.Path, names, paragraphs, IsImplementation: true));
            // Lettered points under a unit are that unit's duties.
            foreach (var child in item.Children)
                scopes.Add(new DutyScope(child.Path, names, [child.Heading, .. child.Body], IsImplementation: true));
            return;
        }

        // The heading is a duty shared by the units of the sub-items.
        var childUnits = new List<string>();
        foreach (var child in item.Children)
        {
            if (!UnitNames.LooksLikeUnit(child.Heading.Text))
            {
                scopes.Add(new DutyScope(child.Path, [], [child.Heading, .. child.Body], IsImplementation: true));
                continue;
            }
            var names = Introduce(child.Heading, units);
            childUnits.AddRange(names);
            scopes.Add(new DutyScope(child.Path, names, child.Body, IsImplementation: true));
        }
        var leadParagraphs = new List<PlanParagraph> { item.Heading };
        foreach (var paragraph in item.Body)
        {
            if (!TryReadUnitBullet(paragraph, item.Path, units, scopes)) leadParagraphs.Add(paragraph);
        }
        scopes.Add(new DutyScope(item.Path, childUnits, leadParagraphs, IsImplementation: true));
    }

    /// <summary>"- Trung tâm Văn hóa - Thể dục Thể thao quận: chủ động thông tin…" introduces a unit with its duty.</summary>
    private static bool TryReadUnitBullet(PlanParagraph paragraph, string path, UnitMentions units, List<DutyScope> scopes)
    {
        var colon = paragraph.Text.IndexOf(':', StringComparison.Ordinal);
        if (paragraph.Kind != ParagraphKind.Bullet || colon is < 3 or > 100) return false;
        var head = paragraph.Text[..colon];
        if (!UnitNames.LooksLikeUnit(head) || head.Split(' ').Length > 12) return false;
        var names = Introduce(paragraph with { Text = head }, units);
        var duty = paragraph with { Text = paragraph.Text[(colon + 1)..].Trim() };
        scopes.Add(new DutyScope(path, names, [duty], IsImplementation: true));
        return true;
    }

    private static IReadOnlyList<string> Introduce(PlanParagraph heading, UnitMentions units)
    {
        var names = UnitNames.Split(heading.Text);
        foreach (var name in names) units.Introduce(new UnitMention(name, heading.Text, heading.Lines));
        return names;
    }

    private static string Introduce(string name, PlanParagraph heading, UnitMentions units)
    {
        units.Introduce(new UnitMention(name, name, heading.Lines));
        return name;
    }

    /// <summary>The units a heading names as the subject of a whole sentence that carries its own deadline, or null.</summary>
    private static IReadOnlyList<string>? HeadingSentence(PlanParagraph heading)
    {
        var subject = DutyText.SubjectUnits(heading.Text);
        if (subject.Count == 0) return null;
        return Deadlines.DeadlinePhraseParser.FindAll(heading.Text, AnyYear).Any(m => m.Rule is not Domain.Plans.Deadlines.CadenceOnly) ? subject : null;
    }

    // Only whether the heading holds a dated phrase matters here, not which dates.
    private static readonly Domain.Plans.Deadlines.PlanPeriod AnyYear = Domain.Plans.Deadlines.PlanPeriod.SingleYear(2000);

    /// <summary>Units in the order introduced, each once (compared folded, through a set: plans may list many).</summary>
    private sealed class UnitMentions
    {
        private readonly HashSet<string> seen = new(StringComparer.Ordinal);

        public List<UnitMention> All { get; } = [];

        public void Introduce(UnitMention unit)
        {
            if (seen.Add(VietnameseText.Fold(unit.Name))) All.Add(unit);
        }
    }
}
