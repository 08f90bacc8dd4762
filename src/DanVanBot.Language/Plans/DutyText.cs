using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Reads the parts of a duty sentence that say who sends what where: the route "(qua Phòng Nội vụ)", the
/// receiving committee ("về Ủy ban nhân dân Quận"), and the units a sentence starts with ("Các đơn vị gửi…").
/// </summary>
internal static partial class DutyText
{
    /// <summary>Sentences of a paragraph. A full stop after a short capitalised abbreviation ("TP.", "TM.") does not end one.</summary>
    public static IReadOnlyList<string> Sentences(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var index = 0; index < paragraph.Length - 1; index++)
        {
            if (paragraph[index] is not ('.' or '!' or '?') || !char.IsWhiteSpace(paragraph[index + 1])) continue;
            var next = index + 1;
            while (next < paragraph.Length && (char.IsWhiteSpace(paragraph[next]) || paragraph[next] is '“' or '"')) next++;
            if (next >= paragraph.Length || !char.IsUpper(paragraph[next]) || IsAbbreviation(paragraph, index)) continue;
            sentences.Add(paragraph[start..(index + 1)].Trim());
            start = next;
        }
        if (start < paragraph.Length) sentences.Add(paragraph[start..].Trim());
        return sentences.Where(s => s.Length > 0).ToList();
    }

    /// <summary>The office a report goes through: "(qua phòng Nội vụ Quận)" → "Phòng Nội vụ".</summary>
    public static string? Via(string text)
    {
        var match = ParenthesisedRoute().Match(text);
        if (!match.Success) match = PlainRoute().Match(text);
        return match.Success ? UnitNames.Normalize(match.Groups["via"].Value) : null;
    }

    /// <summary>
    /// Who receives: the committee right before the route, else the committee a report is sent to, else an office
    /// the report is sent straight to ("báo cáo … về Phòng Nội vụ").
    /// </summary>
    public static string? Recipient(string text)
    {
        var match = CommitteeBeforeRoute().Match(text);
        if (!match.Success) match = CommitteeAfterVerb().Match(text);
        if (!match.Success)
        {
            var office = OfficeAfterVerb().Match(text);
            return office.Success ? UnitNames.Normalize(office.Groups["office"].Value) : null;
        }
        var name = match.Groups["name"].Value.Trim();
        return $"UBND {match.Groups["level"].Value}{(name.Length > 0 ? " " + name : string.Empty)}";
    }

    private const int LeadingPhraseMaxLength = 60;

    /// <summary>The units a sentence opens with ("Các đơn vị gửi báo cáo…" → ["Các đơn vị"]), or none.</summary>
    public static IReadOnlyList<string> SubjectUnits(string sentence)
    {
        var match = Subject().Match(sentence);
        if (!match.Success || !UnitNames.LooksLikeUnit(match.Groups["subject"].Value))
        {
            // A sentence may open with a time or circumstance before its subject: "Kết thúc đợt kiểm tra, Phòng … có trách nhiệm …".
            var comma = sentence.IndexOf(", ", StringComparison.Ordinal);
            if (comma is < 0 or > LeadingPhraseMaxLength) return [];
            match = Subject().Match(sentence[(comma + 2)..]);
            if (!match.Success || !UnitNames.LooksLikeUnit(match.Groups["subject"].Value)) return [];
        }
        return UnitNames.Split(match.Groups["subject"].Value);
    }

    /// <summary>
    /// The unit a schedule entry visits: "Đoàn làm việc với Phòng Kinh tế" → ["Phòng Kinh tế"], "kiểm tra tại Khu phố 3";
    /// the duty of the day (receiving the team, preparing for it) falls on it when the sentence has no unit as its subject.
    /// </summary>
    public static IReadOnlyList<string> CounterpartUnits(string sentence)
    {
        var match = Counterpart().Match(sentence);
        return match.Success && UnitNames.LooksLikeUnit(match.Groups["unit"].Value) ? UnitNames.Split(match.Groups["unit"].Value) : [];
    }

    public static bool MentionsReport(string text) => VietnameseText.Fold(text).Contains("bao cao", StringComparison.Ordinal);

    public static bool IsPeriodic(string text) => VietnameseText.Fold(text).Contains("dinh ky", StringComparison.Ordinal);

    private static bool IsAbbreviation(string text, int dotIndex)
    {
        var wordStart = dotIndex;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        var word = text[wordStart..dotIndex];
        return word.Length is > 0 and <= 3 && word.All(c => char.IsUpper(c) || c == '/');
    }

    private const string Committee = @"(?:(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|UBND)";
    private const string Level = @"(?<level>(?i:thành\s+phố|thị\s+xã|thị\s+trấn|tỉnh|quận|huyện|phường|xã))";
    private const string ProperName = @"(?<name>(?:\s+(?:\p{Lu}\p{L}*|\d+))*)";

    [GeneratedRegex(@"\((?i:thông\s+qua|qua)\s+(?<via>[^)]{3,80})\)")]
    private static partial Regex ParenthesisedRoute();

    [GeneratedRegex(@"(?<![\p{L}])(?i:thông\s+qua|qua)\s+(?<via>(?i:phòng|văn\s+phòng|cơ\s+quan|sở|ban)\s[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|\s(?i:để|trước|định\s+kỳ|tổng\s+hợp)\s|$))")]
    private static partial Regex PlainRoute();

    [GeneratedRegex(Committee + @"\s+" + Level + ProperName + @"\s*\((?i:thông\s+qua|qua)\s")]
    private static partial Regex CommitteeBeforeRoute();

    [GeneratedRegex(@"(?<![\p{L}])(?i:gửi\s+về|gửi|về|báo\s+cáo|trình|tham\s+mưu)\s+(?:(?i:cho)\s+)?" + Committee + @"\s+" + Level + @"\b" + ProperName)]
    private static partial Regex CommitteeAfterVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?i:gửi\s+về|về|gửi\s+cho|gửi)\s+(?<office>(?i:phòng|văn\s+phòng|cơ\s+quan|sở)\s[^,;.()]{2,60}?)(?=\s*(?:[,;.()]|\s(?i:để|trước|định\s+kỳ|tổng\s+hợp)\s|$))")]
    private static partial Regex OfficeAfterVerb();

    [GeneratedRegex(@"(?<![\p{L}])(?i:làm\s+việc\s+(?:với|tại)|(?:kiểm\s+tra|giám\s+sát)(?:\s+thực\s+tế)?\s+tại)\s+(?<unit>[^,;.()]{3,80})")]
    private static partial Regex Counterpart();

    // "Giao Phòng Văn hóa - Xã hội hoàn thiện …", "Đề nghị Văn phòng … chuẩn bị …": who is assigned is the subject.
    [GeneratedRegex(@"^(?:(?i:giao|đề\s+nghị|yêu\s+cầu)\s+)?(?<subject>.{3,150}?)\s(?i:gửi|báo\s+cáo|thực\s+hiện|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+động|xây\s+dựng|tổ\s+chức|triển\s+khai|định\s+kỳ|tham\s+mưu|phối\s+hợp|hoàn\s+thành|hoàn\s+thiện|chuẩn\s+bị|tổng\s+hợp|rà\s+soát|theo\s+dõi|tiếp\s+tục|khẩn\s+trương|đôn\s+đốc|hướng\s+dẫn|niêm\s+yết|cung\s+cấp|nộp|căn\s+cứ|dự\s+thảo|trình|ban\s+hành|tiếp\s+(?:công\s+dân|dân|xúc))\s")]
    private static partial Regex Subject();
}
