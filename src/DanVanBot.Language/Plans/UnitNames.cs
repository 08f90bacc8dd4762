using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Recognises and tidies unit names as plans write them: headings such as "Các cơ quan, đơn vị thuộc Quận và
/// Ủy ban nhân dân 10 Phường" name two units; "Công chức Tư pháp – Hộ tịch" is the post "Tư pháp - Hộ tịch";
/// "phòng Nội vụ Quận" in a route is the "Phòng Nội vụ" of the issuer. Names are compared folded.
/// </summary>
internal static partial class UnitNames
{
    // Words a unit name starts with (folded). Verbs never start a unit name, so duties are not mistaken for units.
    private static readonly string[] UnitStarts =
    [
        "phong ", "van phong", "ban ", "co quan", "cac ", "uy ban", "ubnd", "ubmt", "mat tran", "thanh tra", "trung tam",
        "so ", "cong an", "cong chuc", "tu phap", "van hoa", "tai chinh", "dia chinh", "ke toan", "hoi ", "doan ",
        "lien doan", "dai ", "bo phan", "truong ", "thu truong", "nguoi dung dau", "hdnd", "hoi dong", "chi cuc", "kho bac",
        "toa an", "vien kiem sat", "quan su", "chi huy", "dang uy", "buu dien", "benh vien", "tram y te", "kinh te",
        "ap ", "thon ", "khu pho ", "to dan pho ", "khom ", "chu tich ", "pho chu tich ", "lanh dao ",
    ];

    // Rooms are places, not offices: "Phòng tiếp công dân xã", "Phòng họp số 2" (a schedule's "Địa điểm").
    private static readonly string[] Rooms = ["phong tiep cong dan", "phong tiep dan", "phong hop"];

    // Bodies outside the administration: the plan can only ask them ("Đề nghị…").
    private static readonly string[] RequestOnlyMarkers =
    [
        "mttq", "mat tran to quoc", "ubmt", "doan the", "chinh tri - xa hoi", "hoi cuu chien binh", "hoi lien hiep phu nu",
        "doan thanh nien", "hoi nong dan", "lien doan lao dong", "ban dan van", "dang uy", "huyen uy", "quan uy", "tinh uy",
        "thanh uy", "thi uy",
    ];

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>True when the text (a heading or the part before a colon) reads as the name of one or more units.</summary>
    public static bool LooksLikeUnit(string text)
    {
        var trimmed = text.Trim().TrimEnd(':', '.', ';').Trim();
        if (trimmed.Length is 0 or > 150 || trimmed.Contains(". ", StringComparison.Ordinal)) return false;
        var folded = VietnameseText.Fold(StripRequest(trimmed, out _));
        return UnitStarts.Any(start => folded.StartsWith(start, StringComparison.Ordinal))
            && !Rooms.Any(room => folded.StartsWith(room, StringComparison.Ordinal));
    }

    /// <summary>Splits a heading into the units it names, tidied.</summary>
    public static IReadOnlyList<string> Split(string heading)
    {
        var text = StripRequest(heading.Trim().TrimEnd(':', '.', ';').Trim(), out _);
        return Separator().Split(text)
            .Select(Normalize)
            .Where(name => name.Length > 0)
            .ToList();
    }

    public static bool IsRequestOnly(string heading, string name)
    {
        StripRequest(heading.Trim(), out var requested);
        var folded = VietnameseText.Fold(name);
        return requested || RequestOnlyMarkers.Any(marker => folded.Contains(marker, StringComparison.Ordinal));
    }

    /// <summary>"UBND 10 phường" → (true, 10); "Các cơ quan, đơn vị" → (true, null); "Phòng Nội vụ" → (false, null).</summary>
    public static (bool IsGroup, int? Size) GroupOf(string name)
    {
        var counted = CountedGroup().Match(name);
        if (counted.Success) return (true, int.Parse(counted.Groups["count"].Value, CultureInfo.InvariantCulture));
        var folded = VietnameseText.Fold(name);
        var isGroup = folded.StartsWith("cac ", StringComparison.Ordinal) || folded.Contains(" cac ", StringComparison.Ordinal);
        return (isGroup, null);
    }

    /// <summary>The tidy form of one unit name.</summary>
    public static string Normalize(string name)
    {
        var text = Committee().Replace(name, "UBND");
        text = SpacedDash().Replace(text, " - ");
        text = VietnameseText.Clean(text).Trim().TrimEnd(':', '.', ';', ',').Trim();
        text = StripRequest(text, out _);
        var post = CivilServantPost().Match(text);
        if (post.Success) text = post.Groups["post"].Value;
        var ownLevel = TrailingLevel().Match(text);
        if (ownLevel.Success && !text.Contains(',', StringComparison.Ordinal)) text = ownLevel.Groups["name"].Value;
        return text.Length == 0 ? text : char.ToUpper(text[0], Vietnamese) + text[1..];
    }

    public static bool SameUnit(string a, string b) => VietnameseText.Fold(a) == VietnameseText.Fold(b);

    private static string StripRequest(string text, out bool requested)
    {
        var match = RequestPrefix().Match(text);
        requested = match.Success;
        return requested ? text[match.Length..].TrimStart() : text;
    }

    [GeneratedRegex(@"(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)")]
    private static partial Regex Committee();

    [GeneratedRegex(@"\s*[–—]\s*|\s+-\s+")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"^(?i:đề\s+nghị)\s+")]
    private static partial Regex RequestPrefix();

    [GeneratedRegex(@"^(?i:công\s+chức)\s+(?<post>\p{Lu}.*)$")]
    private static partial Regex CivilServantPost();

    // The issuer's own offices carry its level as a suffix ("Phòng Nội vụ quận"); the office is the same.
    [GeneratedRegex(@"^(?<name>(?:Phòng|phòng|Ban|ban)\s.+?)\s+(?i:quận|huyện|phường|xã|tỉnh|thị\s+xã|thị\s+trấn|thành\s+phố)$")]
    private static partial Regex TrailingLevel();

    // "UBND 10 Phường", "10 xã"
    [GeneratedRegex(@"\b(?<count>\d{1,3})\s+(?i:phường|xã|thị\s+trấn|đơn\s+vị|cơ\s+quan|huyện|quận|sở)\b")]
    private static partial Regex CountedGroup();

    // A new unit starts at "UBND…", "Ủy ban nhân dân…" or "các <kind of body>…" after a comma, semicolon or "và",
    // or at a capitalised office word after a comma ("Văn phòng HĐND và UBND phường, Phòng Kinh tế, Hạ tầng và Đô thị");
    // but "Văn phòng HĐND và UBND" is one office.
    [GeneratedRegex(@"(?<!HĐND)(?:(?:\s*[,;]\s*|\s+và\s+)(?=(?:UBND|(?i:(?:ủy|uỷ)\s+ban\s+nhân\s+dân)|(?i:các)\s+(?i:cơ\s+quan|đơn\s+vị|phòng|sở|ban|ngành|tổ\s+chức|đoàn\s+thể|hội|xã|phường|trường|doanh\s+nghiệp))\b)|\s*[,;]\s*(?=(?:Phòng|Văn\s+phòng|Sở|Thanh\s+tra|Trung\s+tâm|Cơ\s+quan|Công\s+an|Ban)\s))")]
    private static partial Regex Separator();
}
