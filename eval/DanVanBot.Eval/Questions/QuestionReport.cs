namespace DanVanBot.Eval.Questions;

/// <summary>The printed table: per class, per style, overall; with the misses when asked for (dev set only).</summary>
internal static class QuestionReport
{
    public static void Write(TextWriter output, string set, QuestionScore score, bool listMisses)
    {
        output.WriteLine($"Questions, {set} set: {score.Overall.Count} questions");
        output.WriteLine();
        WriteTable(output, "class", score.ByClass, score.Overall);
        output.WriteLine();
        WriteTable(output, "style", score.ByStyle, overall: null);
        output.WriteLine();
        output.WriteLine($"intent accuracy            {score.Overall.Intent}");
        output.WriteLine($"window accuracy (range)    {score.Overall.Window}   questions that expect a range of days");
        output.WriteLine($"window accuracy (none)     {score.Overall.NoWindow}   questions that expect no window");
        output.WriteLine($"window accuracy (both)     {score.Overall.AllWindows}");
        if (!listMisses) return;
        output.WriteLine();
        output.WriteLine($"Misses ({score.Misses.Count}):");
        foreach (var miss in score.Misses) WriteMiss(output, miss);
    }

    private static void WriteTable(TextWriter output, string title, IReadOnlyList<QuestionGroupScore> rows, QuestionGroupScore? overall)
    {
        output.WriteLine($"{title,-16} {"n",4}  {"intent",-14}  {"window (range)",-14}  {"window (none)",-14}");
        foreach (var row in overall is null ? rows : [.. rows, overall])
            output.WriteLine($"{row.Name,-16} {row.Count,4}  {row.Intent,-14}  {row.Window,-14}  {row.NoWindow,-14}");
    }

    private static void WriteMiss(TextWriter output, QuestionMiss miss)
    {
        var c = miss.Case;
        output.WriteLine($"- {c.Id} [{c.Class}] today {c.Today:yyyy-MM-dd}: {c.Text}");
        if (miss.IntentWrong) output.WriteLine($"    intent: expected {c.Intent}, got {miss.Got.Intent}");
        if (miss.WindowWrong) output.WriteLine($"    window: expected {c.Window}, got {ExpectedWindow.Format(miss.Got.Window)}");
        if (c.Note.Length > 0) output.WriteLine($"    note: {c.Note}");
    }
}
