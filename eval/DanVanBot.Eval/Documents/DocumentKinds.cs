using DanVanBot.Language.Text;

namespace DanVanBot.Eval.Documents;

/// <summary>
/// The document kinds of the expected files (kế hoạch, công văn, thông báo, tin, other) from whatever names the
/// reader uses, Vietnamese or English, with or without diacritics ("plan", "Kế hoạch", "official-letter"…).
/// </summary>
internal static class DocumentKinds
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["ke hoach"] = "kế hoạch", ["kehoach"] = "kế hoạch", ["plan"] = "kế hoạch",
        ["cong van"] = "công văn", ["congvan"] = "công văn", ["letter"] = "công văn", ["official letter"] = "công văn",
        ["officialletter"] = "công văn", ["dispatch"] = "công văn",
        ["thong bao"] = "thông báo", ["thongbao"] = "thông báo", ["notice"] = "thông báo", ["announcement"] = "thông báo",
        ["tin"] = "tin", ["tin tuc"] = "tin", ["news"] = "tin", ["news item"] = "tin", ["newsitem"] = "tin", ["article"] = "tin",
    };

    public static string? Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var folded = VietnameseText.Fold(name.Replace('-', ' ').Replace('_', ' '));
        return Names.GetValueOrDefault(folded, "other");
    }
}
