using System.Collections.Frozen;

namespace DanVanBot.Language.Text;

/// <summary>
/// Chat shorthand of Vietnamese officials, expanded to full folded words so that every later rule
/// sees one spelling. Keys and expansions are folded (see <see cref="VietnameseText.Fold"/>).
/// Besides the fixed table, a few shapes are general: "t10" (tháng 10), "q3" (quý 3), "6t" (6 tháng),
/// "h1"/"h2" (first/second half-year).
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenDictionary<string, string[]> Table = new Dictionary<string, string[]>
    {
        ["bc"] = ["bao", "cao"], ["bcao"] = ["bao", "cao"],
        ["kh"] = ["ke", "hoach"], ["qui"] = ["quy"], ["khoach"] = ["ke", "hoach"],
        ["dvcq"] = ["dan", "van", "chinh", "quyen"], ["qcdc"] = ["quy", "che", "dan", "chu"],
        ["pnv"] = ["phong", "noi", "vu"], ["vp"] = ["van", "phong"], ["vpubnd"] = ["van", "phong", "ubnd"],
        ["dv"] = ["don", "vi"], ["cq"] = ["co", "quan"], ["tp"] = ["thanh", "pho"],
        ["trc"] = ["truoc"], ["ktra"] = ["kiem", "tra"], ["hdsd"] = ["huong", "dan", "su", "dung"],
        ["vhxh"] = ["van", "hoa", "xa", "hoi"], ["vh"] = ["van", "hoa"], ["xh"] = ["xa", "hoi"], ["mn"] = ["moi", "nguoi"], ["cn"] = ["chu", "nhat"], ["sk"] = ["so", "ket"],
        ["k"] = ["khong"], ["ko"] = ["khong"], ["k0"] = ["khong"], ["kg"] = ["khong"], ["hok"] = ["khong"],
        ["hong"] = ["khong"], ["khg"] = ["khong"], ["kh0ng"] = ["khong"],
        ["bn"] = ["bao", "nhieu"], ["ntn"] = ["nhu", "the", "nao"],
        ["dc"] = ["duoc"], ["dk"] = ["duoc"], ["j"] = ["gi"], ["ji"] = ["gi"], ["h"] = ["gio"],
        ["bh"] = ["bao", "gio"], ["bjo"] = ["bao", "gio"], ["bgio"] = ["bao", "gio"],
        ["ng"] = ["nguoi"], ["tg"] = ["thoi", "gian"], ["kq"] = ["ket", "qua"], ["nvu"] = ["nhiem", "vu"],
        ["ctac"] = ["cong", "tac"], ["dky"] = ["dinh", "ky"], ["hnay"] = ["hom", "nay"], ["hqua"] = ["hom", "qua"],
        ["lm"] = ["lam"], ["lv"] = ["lam", "viec"], ["vb"] = ["van", "ban"], ["ds"] = ["danh", "sach"], ["bik"] = ["biet"], ["bit"] = ["biet"], ["lun"] = ["luon"],
        ["fai"] = ["phai"], ["hem"] = ["khong"], ["thg"] = ["thang"], ["nhiu"] = ["nhieu"], ["mk"] = ["minh"], ["mik"] = ["minh"],
        ["hum"] = ["hom"], ["oy"] = ["roi"], ["gium"] = ["giup"],
        ["vs"] = ["voi"], ["ms"] = ["moi"], ["r"] = ["roi"], ["cx"] = ["cung"], ["z"] = ["vay"], ["v"] = ["vay"],
        ["tks"] = ["cam", "on"], ["thanks"] = ["cam", "on"], ["ok"] = ["ok"],
        ["whats"] = ["what", "is"], ["whens"] = ["when", "is"], ["hasnt"] = ["has", "not"],
        ["havent"] = ["have", "not"], ["didnt"] = ["did", "not"], ["isnt"] = ["is", "not"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>True when the token is shorthand; <paramref name="words"/> are its folded full words.</summary>
    public static bool TryExpand(string folded, out string[] words)
    {
        if (Table.TryGetValue(folded, out var fixedWords)) { words = fixedWords; return true; }
        return TryExpandShape(folded, out words);
    }

    public static bool IsAbbreviation(string folded) => Table.ContainsKey(folded) || TryExpandShape(folded, out _);

    private static bool TryExpandShape(string token, out string[] words)
    {
        words = [];
        if (token.Length is < 2 or > 3) return false;
        if (token[0] is 't' or 'q' or 'h' && TryNumber(token.AsSpan(1), out var n))
        {
            words = token[0] switch
            {
                't' when n is >= 1 and <= 12 => ["thang", token[1..]],
                'q' when n is >= 1 and <= 4 => ["quy", token[1..]],
                'h' when n == 1 => ["6", "thang", "dau", "nam"],
                'h' when n == 2 => ["6", "thang", "cuoi", "nam"],
                _ => [],
            };
            return words.Length > 0;
        }
        if (token[^1] == 't' && TryNumber(token.AsSpan(0, token.Length - 1), out var months) && months is >= 1 and <= 12)
        {
            words = [token[..^1], "thang"];
            return true;
        }
        return false;
    }

    private static bool TryNumber(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        if (digits.IsEmpty) return false;
        foreach (var ch in digits)
        {
            if (ch is < '0' or > '9') return false;
            value = value * 10 + (ch - '0');
        }
        return true;
    }
}
