using System.Text;
using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Plans;

/// <summary>
/// Turns source lines into paragraphs. Plans come from Word via copy/paste or conversion, so a paragraph may be
/// split by a page break (a blank line, then the rest starting in lower case or mid-sentence), footnote text may
/// sit between the halves, and emphasis markers (*…*) and footnote markers (¹) are scattered through the text.
/// Linear in the input: a paragraph being joined grows in a builder, never by copying it once per line.
/// </summary>
internal static partial class PlanParagraphReader
{
    // A line cut by a page break is a full-width line; shorter ones without end punctuation are headings.
    private const int PageBreakLineMinLength = 200;

    public static IReadOnlyList<PlanParagraph> Read(IReadOnlyList<string> lines) => Read(lines, cleanLines: null);

    /// <summary>
    /// As <see cref="Read(IReadOnlyList{string})"/>; <paramref name="cleanLines"/>, when given, holds the <see cref="CleanLine"/> of
    /// each line. With a <paramref name="layout"/>, its tables become one <see cref="ParagraphKind.Table"/> paragraph each, and
    /// a header line laid out in columns ("ỦY BAN NHÂN DÂN XÃ …      CỘNG HÒA …") gives one paragraph per column.
    /// </summary>
    public static IReadOnlyList<PlanParagraph> Read(
        IReadOnlyList<string> lines, IReadOnlyList<string>? cleanLines, CancellationToken cancellationToken = default,
        SourceLayout? layout = null)
    {
        var paragraphs = new List<PlanParagraph>();
        OpenParagraph? open = null;
        var nextTable = 0;
        var tables = layout?.Tables ?? [];
        for (var index = 0; index < lines.Count; index++)
        {
            if (index % 1024 == 0) cancellationToken.ThrowIfCancellationRequested();
            if (nextTable < tables.Count && index == tables[nextTable].FirstLine - 1)
            {
                if (open is not null) paragraphs.Add(open.Close());
                open = null;
                paragraphs.Add(PlanParagraph.Of(tables[nextTable]));
                index = tables[nextTable++].LastLine - 1;
                continue;
            }
            var raw = lines[index];
            if (FootnoteLine().IsMatch(raw)) continue;
            var columns = layout?.HeaderColumns(index, raw);
            foreach (var text in columns ?? [cleanLines?[index] ?? CleanLine(raw)])
            {
                if (text.Length == 0) continue;
                var lineNumber = index + 1;
                var paragraph = Classify(text, lineNumber);
                if (open is not null && columns is null && ContinuesPrevious(open, paragraph, text))
                {
                    open.Append(text, lineNumber);
                    continue;
                }
                if (open is not null) paragraphs.Add(open.Close());
                open = new OpenParagraph(paragraph);
            }
        }
        if (open is not null) paragraphs.Add(open.Close());
        return paragraphs;
    }

    /// <summary>NFC, emphasis and footnote markers removed, white space collapsed.</summary>
    public static string CleanLine(string line)
    {
        var withoutMarks = EmphasisOrFootnoteMark().Replace(line, string.Empty);
        return VietnameseText.Clean(withoutMarks.Replace('\u00A0', ' '));
    }

    private static PlanParagraph Classify(string text, int line)
    {
        var roman = RomanHeading().Match(text);
        if (roman.Success && IsUpperCase(roman.Groups["text"].Value))
            return new PlanParagraph(ParagraphKind.Roman, roman.Groups["label"].Value, roman.Groups["text"].Value, [line]);
        var numbered = NumberedItem().Match(text);
        if (numbered.Success)
            return new PlanParagraph(ParagraphKind.Numbered, numbered.Groups["label"].Value, numbered.Groups["text"].Value, [line]);
        var lettered = LetteredItem().Match(text);
        if (lettered.Success)
            return new PlanParagraph(ParagraphKind.Lettered, lettered.Groups["label"].Value, lettered.Groups["text"].Value, [line]);
        var bullet = BulletItem().Match(text);
        if (bullet.Success)
        {
            var mark = bullet.Groups["label"].Value is "+" ? "+" : "-";
            return new PlanParagraph(ParagraphKind.Bullet, mark, bullet.Groups["text"].Value, [line]);
        }
        return new PlanParagraph(ParagraphKind.Plain, string.Empty, text, [line]);
    }

    private static bool ContinuesPrevious(OpenParagraph previous, PlanParagraph next, string text)
    {
        if (next.Kind != ParagraphKind.Plain) return false;
        if (previous.Kind == ParagraphKind.Roman) return IsUpperCase(text) && !IsDocumentTitle(text);
        var first = text[0];
        if (char.IsLower(first)) return true;
        var openEnded = !previous.EndsSentence;
        if (char.IsDigit(first)) return openEnded;
        // A capitalised line continues only a long line cut mid-sentence ("…Mặt trận Tổ quốc" / "Việt Nam, …").
        return openEnded && previous.LastLineLength >= PageBreakLineMinLength;
    }

    private static bool IsDocumentTitle(string text) => VietnameseText.Fold(text) == "ke hoach";

    private static readonly char[] ClosingMarks = ['”', '"', '’', '\'', ')', ' '];

    /// <summary>True, false, or null when the text is only closing quotes and brackets (then the text before decides).</summary>
    private static bool? EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd(ClosingMarks);
        return trimmed.Length == 0 ? null : trimmed[^1] is '.' or ';' or ':' or '!' or '?' or '…';
    }

    /// <summary>The paragraph being read: continuation lines are appended here and the text is built once.</summary>
    private sealed class OpenParagraph(PlanParagraph first)
    {
        private StringBuilder? text;
        private List<int>? lines;

        public ParagraphKind Kind => first.Kind;

        public bool EndsSentence { get; private set; } = PlanParagraphReader.EndsSentence(first.Text) ?? false;

        public int LastLineLength { get; private set; } = first.LastLineLength;

        public void Append(string continuation, int line)
        {
            text ??= new StringBuilder(first.Text);
            lines ??= [.. first.Lines];
            text.Append(' ').Append(continuation);
            lines.Add(line);
            LastLineLength = continuation.Length;
            // Joining puts a space between, so a line of closing marks only leaves the answer to the text before it.
            EndsSentence = PlanParagraphReader.EndsSentence(continuation) ?? EndsSentence;
        }

        public PlanParagraph Close() => text is null || lines is null
            ? first
            : first with { Text = text.ToString(), Lines = lines, LastLineLength = LastLineLength };
    }

    private static bool IsUpperCase(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    [GeneratedRegex(@"\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")]
    private static partial Regex EmphasisOrFootnoteMark();

    [GeneratedRegex(@"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")]
    private static partial Regex FootnoteLine();

    [GeneratedRegex(@"^(?<label>[IVX]{1,5})[.)]\s*(?<text>\S.*)$")]
    private static partial Regex RomanHeading();

    [GeneratedRegex(@"^(?<label>\d{1,2}(?:\.\d{1,2}){0,2})[.)]\s+(?<text>\S.*)$")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^(?<label>[a-zđ])\)\s+(?<text>\S.*)$")]
    private static partial Regex LetteredItem();

    [GeneratedRegex(@"^(?<label>[-–+•])\s*(?<text>\S.*)$")]
    private static partial Regex BulletItem();
}
