namespace DanVanBot.Language.Questions;

/// <summary>Numbers as people write them after "tháng", "quý", "ngày": digits, words, Roman numerals.</summary>
internal static partial class TimeGrammar
{
    /// <summary>A small count written in digits or words ("3", "ba", "mười").</summary>
    public static bool TryCount(TokenStream tokens, int i, out int value) =>
        TryNumber(new Scan(tokens, default, false), i, out value, out _) && value is > 0 and < 100;

    private static bool TryNumber(in Scan s, int i, out int value, out int length)
    {
        length = 1;
        if (s.T.TryInt(i, out value)) return s.T[i].Length <= 2;
        if (s.T.Is(i, "muoi"))
        {
            if (s.T.Is(i + 1, "mot")) { value = 11; length = 2; return true; }
            if (s.T.Is(i + 1, "hai")) { value = 12; length = 2; return true; }
            value = 10;
            return true;
        }
        value = s.T[i] switch
        {
            "mot" or "gieng" or "i" => 1,
            "hai" or "ii" => 2,
            "ba" or "iii" => 3,
            "bon" or "iv" => 4,
            "tu" when s.T.Accented(i) == "tư" => 4,
            "sau" when s.T.Accented(i) == "sáu" => 6,
            "bay" => 7,
            "tam" => 8,
            "chin" => 9,
            "chap" => 12,
            _ => 0,
        };
        return value > 0;
    }

    /// <summary>"15/12" or "15/12/2026" (also written with - or .). Two-digit years are 20yy.</summary>
    private static bool TryDayMonthToken(string token, out int day, out int month, out int? year)
    {
        day = month = 0;
        year = null;
        var parts = SplitDateToken(token, out var count);
        if (count is < 2 or > 3 || parts[1].Length > 2 || parts[0].Length > 2) return false;
        day = parts[0].Value;
        month = parts[1].Value;
        if (count == 3)
        {
            year = parts[2].Length switch { 2 => 2000 + parts[2].Value, 4 => parts[2].Value, _ => -1 };
            if (year < 0) return false;
        }
        return month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>"3/2025" after "tháng" or "quý": the number and a four-digit year.</summary>
    private static bool TryMonthYearToken(string token, out int number, out int year)
    {
        number = year = 0;
        var parts = SplitDateToken(token, out var count);
        if (count != 2 || parts[1].Length != 4 || parts[0].Length > 2) return false;
        number = parts[0].Value;
        year = parts[1].Value;
        return year is >= 1900 and <= 2200;
    }

    private readonly record struct NumberPart(int Value, int Length);

    private static NumberPart[] SplitDateToken(string token, out int count)
    {
        count = 0;
        if (token.IndexOf('/') < 0) return [];
        var parts = new NumberPart[3];
        var value = 0;
        var length = 0;
        foreach (var ch in token)
        {
            if (ch == '/')
            {
                if (count == 2 || length == 0) { count = 0; return parts; }
                parts[count++] = new NumberPart(value, length);
                value = length = 0;
            }
            else if (ch is >= '0' and <= '9' && length < 5) { value = value * 10 + (ch - '0'); length++; }
            else { count = 0; return parts; }
        }
        if (length == 0) { count = 0; return parts; }
        parts[count++] = new NumberPart(value, length);
        return parts;
    }
}
