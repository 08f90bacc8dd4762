using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Computes the label Word shows for an automatically numbered paragraph, for the formats plans use: decimal,
/// letters, Roman numerals and bullets. Counters restart for deeper levels whenever a shallower level moves on.
/// Definitions are indexed once, so labelling every paragraph does not search the numbering and style parts again.
/// </summary>
internal sealed class DocxNumbering
{
    // Word has nine list levels (0–8); a document naming another is malformed and its paragraph gets no label.
    private const int LevelCount = 9;

    // Plans number a handful of items; a list starting at a billion must not become a billion-letter Roman numeral.
    private const int MaxSpelledOut = 100;

    // "%1.", "%1.%2.", "(%1)": a level text is a few characters; a long one would be copied onto every paragraph.
    private const int MaxLabelLength = 32;

    private readonly Dictionary<int, int[]> _counters = [];
    private readonly Dictionary<int, int?> _abstractIdByNumberId = [];
    private readonly Dictionary<(int AbstractId, int Level), Level> _levels = [];
    private readonly Dictionary<string, NumberingProperties?> _numberingByStyle = new(StringComparer.Ordinal);

    public DocxNumbering(Numbering? numbering, Styles? styles)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
            if (instance.NumberID?.Value is { } id) _abstractIdByNumberId.TryAdd(id, instance.AbstractNumId?.Val?.Value);
        var seenAbstract = new HashSet<int>();
        foreach (var abstractNumbering in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (abstractNumbering.AbstractNumberId?.Value is not { } id || !seenAbstract.Add(id)) continue;
            foreach (var level in abstractNumbering.Elements<Level>())
                if (level.LevelIndex?.Value is { } index) _levels.TryAdd((id, index), level);
        }
        foreach (var style in styles?.Elements<Style>() ?? [])
            if (style.StyleId?.Value is { } id) _numberingByStyle.TryAdd(id, style.StyleParagraphProperties?.NumberingProperties);
    }

    public string LabelOf(Paragraph paragraph)
    {
        // Headings often take their numbering from the paragraph style rather than from the paragraph itself.
        var properties = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph);
        var numberId = properties?.NumberingId?.Val?.Value;
        if (numberId is null) return string.Empty;
        var levelIndex = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        if (levelIndex is < 0 or >= LevelCount) return string.Empty;
        var level = LevelOf(numberId.Value, levelIndex);
        if (level is null) return string.Empty;

        var format = level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet) return "- ";

        var counters = _counters.TryGetValue(numberId.Value, out var existing) ? existing : _counters[numberId.Value] = new int[LevelCount];
        var start = level.StartNumberingValue?.Val?.Value ?? 1;
        counters[levelIndex] = counters[levelIndex] == 0 ? start : counters[levelIndex] + 1;
        for (var deeper = levelIndex + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;

        var pattern = level.LevelText?.Val?.Value ?? $"%{levelIndex + 1}.";
        if (pattern.Length > MaxLabelLength) return string.Empty;
        var label = new StringBuilder(pattern);
        for (var index = 0; index <= levelIndex; index++)
        {
            var shown = LevelOf(numberId.Value, index)?.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
            label.Replace($"%{index + 1}", Format(Math.Max(counters[index], 1), shown));
        }
        return label + " ";
    }

    private NumberingProperties? StyleNumbering(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        return styleId is not null && _numberingByStyle.TryGetValue(styleId, out var properties) ? properties : null;
    }

    private Level? LevelOf(int numberId, int levelIndex)
    {
        if (!_abstractIdByNumberId.TryGetValue(numberId, out var abstractId) || abstractId is null) return null;
        return _levels.GetValueOrDefault((abstractId.Value, levelIndex));
    }

    private static string Format(int value, NumberFormatValues format)
    {
        if (value > MaxSpelledOut) return value.ToString(CultureInfo.InvariantCulture);
        if (format == NumberFormatValues.LowerLetter) return Letter(value).ToLowerInvariant();
        if (format == NumberFormatValues.UpperLetter) return Letter(value);
        if (format == NumberFormatValues.UpperRoman) return Roman(value);
        if (format == NumberFormatValues.LowerRoman) return Roman(value).ToLowerInvariant();
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static string Letter(int value) => ((char)('A' + (value - 1) % 26)).ToString();

    private static string Roman(int value)
    {
        (int Value, string Digits)[] table = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var result = new StringBuilder();
        foreach (var (amount, digits) in table)
            while (value >= amount) { result.Append(digits); value -= amount; }
        return result.ToString();
    }
}
