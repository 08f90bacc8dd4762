namespace DanVanBot.Eval.Questions;

/// <summary>
/// Scores of one group of questions (a class, a style, or all). <see cref="Window"/> counts the questions
/// that expect a range of days (right when the same range is given); <see cref="NoWindow"/> those that expect
/// none (right when none is given); questions whose window is "*" count in neither.
/// </summary>
internal sealed record QuestionGroupScore(string Name, int Count, Tally Intent, Tally Window, Tally NoWindow)
{
    public Tally AllWindows => Window + NoWindow;
}

internal sealed record QuestionMiss(QuestionCase Case, QuestionPrediction Got, bool IntentWrong, bool WindowWrong);

internal sealed record QuestionScore(
    QuestionGroupScore Overall,
    IReadOnlyList<QuestionGroupScore> ByClass,
    IReadOnlyList<QuestionGroupScore> ByStyle,
    IReadOnlyList<QuestionMiss> Misses);

/// <summary>
/// Compares predictions with the expected intent and window. Intents compare as the CLI's names, exactly;
/// windows compare exactly, day for day. Each question is judged on its own (the window is scored even when
/// the intent is wrong), so the two figures can be read separately.
/// </summary>
internal static class QuestionScorer
{
    public static QuestionScore Score(IReadOnlyList<QuestionCase> cases, IQuestionPredictor predictor)
    {
        var judged = cases.Select(c => Judge(c, predictor.Predict(c.Text, c.Today))).ToList();
        var byClass = judged.GroupBy(j => j.Case.Class).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g)).ToList();
        var byStyle = judged.SelectMany(j => j.Case.Styles.Select(style => (style, j)))
            .GroupBy(p => p.style).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Group(g.Key, g.Select(p => p.j))).ToList();
        var misses = judged.Where(j => j.IntentWrong || j.WindowWrong).ToList();
        return new QuestionScore(Group("all", judged), byClass, byStyle, misses);
    }

    private static QuestionMiss Judge(QuestionCase c, QuestionPrediction got) =>
        new(c, got, got.Intent != c.Intent, !c.Window.Accepts(got.Window));

    private static QuestionGroupScore Group(string name, IEnumerable<QuestionMiss> judged)
    {
        Tally intent = default, window = default, noWindow = default;
        var count = 0;
        foreach (var j in judged)
        {
            count++;
            intent = intent.Add(!j.IntentWrong);
            if (!j.Case.Window.Scored) continue;
            if (j.Case.Window.Range is null) noWindow = noWindow.Add(!j.WindowWrong);
            else window = window.Add(!j.WindowWrong);
        }
        return new QuestionGroupScore(name, count, intent, window, noWindow);
    }
}
