using System.Globalization;
using System.Text;
using DanVanBot.App.Features.Ask;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>ask --explain</c> in text: which rule chose the intent and on which cue words (folded, as matched), where the
/// window came from, and the normalised words the rules ran on.
/// </summary>
internal static class AskExplanation
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(Question question)
    {
        var why = question.Explanation;
        var text = new StringBuilder(CliTexts.ExplainHeading);
        var cues = why.IntentCues.Count == 0 ? string.Empty : string.Format(Inv, CliTexts.ExplainCues, string.Join("”, “", why.IntentCues));
        text.Append('\n').AppendFormat(Inv, CliTexts.ExplainIntent, question.Intent.ToCliName(), why.IntentRule, cues);
        var window = question.Window is { } w ? PeriodLabel.Range(w) : CliTexts.ExplainNoWindow;
        var words = why.WindowWords is { } from ? string.Format(Inv, CliTexts.ExplainWords, from) : string.Empty;
        text.Append('\n').AppendFormat(Inv, CliTexts.ExplainWindow, window, why.WindowRule, words);
        text.Append('\n').AppendFormat(Inv, CliTexts.ExplainNormalized, question.Normalized);
        return text.ToString();
    }
}

/// <summary>The CLI's explanation lines (Vietnamese: operators read them).</summary>
internal static class CliTexts
{
    public const string ExplainHeading = "— Giải thích —";
    public const string ExplainIntent = "Ý định: {0} — {1}{2}";
    public const string ExplainCues = " (từ khóa: “{0}”)";
    public const string ExplainWindow = "Khoảng thời gian: {0} — {1}{2}";
    public const string ExplainWords = " (“{0}”)";
    public const string ExplainNoWindow = "không có";
    public const string ExplainNormalized = "Câu đã chuẩn hóa: {0}";
}
