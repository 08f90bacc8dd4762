namespace DanVanBot.Language.Deadlines;

/// <summary>
/// Regex fragments over folded text (lower case, no diacritics, single spaces) shared by the recognisers.
/// Folding turns "hàng năm" and "hằng năm" alike into "hang nam", "ngày" into "ngay", "quý" into "quy".
/// </summary>
internal static class GrammarPieces
{
    /// <summary>A word of filler between a keyword and what it governs: no digits, no clause punctuation.</summary>
    public const string FillerWord = @"[^\s\d.;:()\[\]]+";

    /// <summary>"Every year": hàng/hằng/mỗi năm.</summary>
    public const string EveryYear = @"(?:hang|moi) nam\b";

    /// <summary>
    /// One reporting cadence as plans name it: "hàng quý", "6 tháng", "06 tháng đầu năm", "9 tháng", "01 năm", "cả năm".
    /// "quý" is kept apart from "quy chế", "quy định"… which fold to the same letters.
    /// </summary>
    public const string CadenceItem =
        @"(?:(?:hang|moi|tung) )?(?:(?<six>0?6 thang(?: (?:dau|cuoi) nam\b)?|sau thang)|(?<nine>0?9 thang|chin thang)" +
        @"|(?<quarter>quy)(?! (?:che|dinh|trinh|hoach|mo|chuan|uoc|tac|doi|luat|tien|tu)\b)|(?<month>thang)(?! \d)" +
        @"|(?<year>(?:0?1 |ca |cuoi )?nam)(?: \d{4})?)\b";

    /// <summary>Between two cadence items: ", ", "/", " - ", " và ", " hoặc ".</summary>
    public const string CadenceSeparator = @"(?: ?[,/\-] ?| (?:va|hoac|va ca) | )";

    public const string CadenceList = $"{CadenceItem}(?:{CadenceSeparator}{CadenceItem})*";
}
