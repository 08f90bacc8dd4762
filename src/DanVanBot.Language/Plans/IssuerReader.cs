using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Works out which People's Committee issues the plan and the locality it governs ("quận Bình Tân").
/// Evidence, strongest first: the letterhead ("ỦY BAN NHÂN DÂN / XÃ AN PHÚ"), the sentence in which the
/// committee announces the plan ("Ủy ban nhân dân quận Bình Tân xây dựng Kế hoạch…"), the signature
/// ("TM. ỦY BAN NHÂN DÂN HUYỆN"), and finally the level the text most often calls itself ("UBND quận").
/// The name comes from the letterhead, the announcing sentence, the place of the date line or the title.
/// </summary>
internal static partial class IssuerReader
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <returns>The locality ("Quận 7", "huyện Cầu Ngang"), or null when the text does not tell.</returns>
    public static string? Read(IReadOnlyList<string> headerLines, string? place, string title, string fullText)
    {
        var letterhead = FromLetterhead(headerLines);
        if (letterhead is not null) return letterhead;

        var announcement = Announcement().Match(fullText);
        var level = announcement.Success ? announcement.Groups["level"].Value : SignatureLevel(fullText) ?? MostFrequentLevel(fullText);
        if (announcement.Success && announcement.Groups["name"].Value.Trim() is { Length: > 0 } announcedName)
            return $"{level} {announcedName}";
        if (place is not null && StartsWithLevel(place)) return place;
        if (level is null) return place;
        var inTitle = LevelAndName().Matches(title)
            .FirstOrDefault(m => Same(m.Groups["level"].Value, level) && m.Groups["name"].Value.Trim().Length > 0);
        if (inTitle is not null) return $"{inTitle.Groups["level"].Value} {inTitle.Groups["name"].Value.Trim()}";
        return place is null ? null : $"{level.ToLower(Vietnamese)} {place}";
    }

    /// <summary>
    /// The office that issues a document under its committee's letterhead ("UBND TỈNH ĐỒNG THÁP / SỞ NỘI VỤ" → "Sở Nội
    /// vụ"), or null when the committee issues it itself.
    /// </summary>
    public static string? Office(IReadOnlyList<string> headerLines)
    {
        for (var index = 0; index < headerLines.Count; index++)
        {
            var folded = VietnameseText.Fold(headerLines[index]);
            if (!folded.StartsWith("uy ban nhan dan", StringComparison.Ordinal) && !folded.StartsWith("ubnd ", StringComparison.Ordinal)) continue;
            // The locality is on the committee's line or on the next one; the office, if any, right after it.
            var officeIndex = LetterheadUnit().IsMatch(CommitteeRest(headerLines[index])) ? index + 1 : index + 2;
            if (officeIndex >= headerLines.Count) return null;
            var candidate = headerLines[officeIndex].Trim();
            return IsUpper(candidate) && OfficeStart().IsMatch(VietnameseText.Fold(candidate)) ? OfficeDisplay(candidate) : null;
        }
        return null;
    }

    private static string CommitteeRest(string line)
    {
        var match = CommitteePrefix().Match(line.Trim());
        return match.Success ? line.Trim()[match.Length..].Trim() : string.Empty;
    }

    /// <summary>"SỞ NỘI VỤ" → "Sở Nội vụ", "PHÒNG VĂN HÓA - XÃ HỘI" → "Phòng Văn hóa - Xã hội": the kind and each name part capitalised.</summary>
    private static string OfficeDisplay(string upper)
    {
        var words = upper.ToLower(Vietnamese).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kindWords = VietnameseText.Fold(upper).StartsWith("van phong", StringComparison.Ordinal) ? 2 : 1;
        for (var index = 0; index < words.Length; index++)
        {
            var startsPart = index == 0 || index == kindWords || words[index - 1] is "-" or "và";
            if (startsPart && words[index].Length > 0) words[index] = char.ToUpper(words[index][0], Vietnamese) + words[index][1..];
        }
        return string.Join(' ', words);
    }

    private static bool IsUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string? FromLetterhead(IReadOnlyList<string> headerLines)
    {
        for (var index = 0; index < headerLines.Count; index++)
        {
            var line = headerLines[index].Trim();
            var committee = CommitteePrefix().Match(line);
            // "ỦY BAN NHÂN DÂN" or "UBND" opening the line, in capitals as letterheads print it.
            if (!committee.Success || !IsUpper(committee.Value)) continue;
            var rest = line[committee.Length..].Trim();
            if (rest.Length == 0 && index + 1 < headerLines.Count) rest = headerLines[index + 1].Trim();
            var match = LetterheadUnit().Match(rest);
            if (match.Success) return Display(match.Groups["level"].Value, match.Groups["name"].Value);
        }
        return null;
    }

    /// <summary>"QUẬN 7" → "Quận 7"; "XÃ AN PHÚ" → "xã An Phú": levels are written in lower case before a proper name.</summary>
    private static string Display(string level, string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.IsDigit(w[0]) ? w : w[0] + w[1..].ToLower(Vietnamese));
        var displayName = string.Join(' ', words);
        var lowerLevel = level.ToLower(Vietnamese);
        return char.IsDigit(displayName.FirstOrDefault())
            ? char.ToUpper(lowerLevel[0], Vietnamese) + lowerLevel[1..] + " " + displayName
            : lowerLevel + " " + displayName;
    }

    private static string? SignatureLevel(string fullText)
    {
        var match = Signature().Match(fullText);
        return match.Success ? match.Groups["level"].Value.ToLower(Vietnamese) : null;
    }

    private static string? MostFrequentLevel(string fullText) =>
        SelfReference().Matches(fullText)
            .Select(m => m.Groups["level"].Value)
            .GroupBy(l => l.ToLower(Vietnamese))
            .OrderByDescending(g => g.Count())
            .Select(g => g.First())
            .FirstOrDefault();

    private static bool StartsWithLevel(string place) => LevelAtStart().IsMatch(place);

    private static bool Same(string a, string b) => VietnameseText.Fold(a) == VietnameseText.Fold(b);

    private const string Committee = @"(?:(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|UBND)";
    private const string Level = @"(?i:thành\s+phố|thị\s+xã|thị\s+trấn|tỉnh|quận|huyện|phường|xã)";
    private const string ProperName = @"(?:\s+(?:\p{Lu}\p{L}*|\d+))*";

    [GeneratedRegex(Committee + @"\s+(?<level>" + Level + @")(?<name>" + ProperName + @")\s+(?:xây\s+dựng|ban\s+hành)\s+(?:các\s+)?[Kk]ế\s+hoạch")]
    private static partial Regex Announcement();

    [GeneratedRegex(@"TM\.\s*(?i:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(?<level>THÀNH\s+PHỐ|THỊ\s+XÃ|THỊ\s+TRẤN|TỈNH|QUẬN|HUYỆN|PHƯỜNG|XÃ)\b")]
    private static partial Regex Signature();

    // A committee naming itself: not "các phường" nor "10 Phường", which are groups below it.
    [GeneratedRegex(Committee + @"\s+(?<level>" + Level + @")\b(?!\s+\d)")]
    private static partial Regex SelfReference();

    [GeneratedRegex(@"\b(?<level>" + Level + @")(?<name>" + ProperName + @")")]
    private static partial Regex LevelAndName();

    [GeneratedRegex(@"^" + Level + @"\s")]
    private static partial Regex LevelAtStart();

    [GeneratedRegex(@"^(?:(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|UBND)\s*")]
    private static partial Regex CommitteePrefix();

    [GeneratedRegex(@"^(?:so|phong|van phong|ban|thanh tra|chi cuc|trung tam) ")]
    private static partial Regex OfficeStart();

    [GeneratedRegex(@"^(?<level>THÀNH\s+PHỐ|THỊ\s+XÃ|THỊ\s+TRẤN|TỈNH|QUẬN|HUYỆN|PHƯỜNG|XÃ)\s+(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex LetterheadUnit();
}
