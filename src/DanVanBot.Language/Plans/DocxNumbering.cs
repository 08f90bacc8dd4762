using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Computes the label Word shows for an automatically numbered paragraph, for the formats plans use: decimal,
/// letters, Roman numerals and bullets. Counters restart for deeper levels whenever a shallower level moves on.
/// </summary>
internal sealed class DocxNumbering(Numbering? numbering, Styles? styles)
{
    private readonly Dictionary<int, int[]> _counters = [];

    public string LabelOf(Paragraph paragraph)
    {
        // Headings often take their numbering from the paragraph style rather than from the paragraph itself.
        var properties = paragraph.ParagraphProperties?.NumberingProperties ?? StyleNumbering(paragraph);
        var numberId = properties?.NumberingId?.Val?.Value;
        if (numberId is null || numbering is null) return string.Empty;
        var levelIndex = properties!.NumberingLevelReference?.Val?.Value ?? 0;
        var level = LevelOf(numberId.Value, levelIndex);
        if (level is null) return string.Empty;

        var format = level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        if (format == NumberFormatValues.Bullet) return "- ";

        var counters = _counters.TryGetValue(numberId.Value, out var existing) ? existing : _counters[numberId.Value] = new int[9];
        var start = level.StartNumberingValue?.Val?.Value ?? 1;
        counters[levelIndex] = counters[levelIndex] == 0 ? start : counters[levelIndex] + 1;
        for (var deeper = levelIndex + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;

        var pattern = level.LevelText?.Val?.Value ?? $"%{levelIndex + 1}.";
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
        if (styleId is null || styles is null) return null;
        var style = styles.Elements<Style>().FirstOrDefault(s => s.StyleId?.Value == styleId);
        return style?.StyleParagraphProperties?.NumberingProperties;
    }

    private Level? LevelOf(int numberId, int levelIndex)
    {
        var instance = numbering!.Elements<NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numberId);
        var abstractId = instance?.AbstractNumId?.Val?.Value;
        var abstractNumbering = numbering.Elements<AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId);
        return abstractNumbering?.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == levelIndex);
    }

    private static string Format(int value, NumberFormatValues format)
    {
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
