using DanVanBot.Domain.Time;
using DanVanBot.Eval;
using DanVanBot.Eval.Questions;

namespace DanVanBot.Eval.Tests;

/// <summary>The question scorer on the real development set: it runs the real interpreter, and it can tell right from wrong.</summary>
public sealed class QuestionScorerTests
{
    private static readonly IReadOnlyList<QuestionCase> Dev = QuestionSet.ReadAll(EvalFolders.Locate(null).QuestionFiles("dev"));

    [Fact]
    public void Score_DevSetWithTheInterpreter_JudgesEveryQuestionOnceInItsClass()
    {
        var score = QuestionScorer.Score(Dev, new InterpreterPredictor());

        Assert.Equal(Dev.Count, score.Overall.Count);
        Assert.Equal(Dev.Count, score.Overall.Intent.Total);
        Assert.Equal(Dev.Select(c => c.Class).Distinct().Order(StringComparer.Ordinal), score.ByClass.Select(c => c.Name));
        Assert.Equal(Dev.Count, score.ByClass.Sum(c => c.Count));
        Assert.Equal(Dev.Count(c => c.Window.Scored && c.Window.Range is not null), score.Overall.Window.Total);
        Assert.Equal(Dev.Count(c => c.Window == ExpectedWindow.None), score.Overall.NoWindow.Total);
        Assert.Equal(Dev.Count - score.Overall.Intent.Right, score.Misses.Count(m => m.IntentWrong));
    }

    [Fact]
    public void Score_ExpectedAnswers_AreAllRight()
    {
        var score = QuestionScorer.Score(Dev, new AnswerKey(Dev, wrongIntents: 0, wrongWindows: 0));

        Assert.Equal(score.Overall.Intent.Total, score.Overall.Intent.Right);
        Assert.Equal(score.Overall.AllWindows.Total, score.Overall.AllWindows.Right);
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void Score_DeliberatelyWrongAnswers_LowerTheScoreByExactlyThatMany()
    {
        var right = QuestionScorer.Score(Dev, new AnswerKey(Dev, 0, 0)).Overall;
        var wrong = QuestionScorer.Score(Dev, new AnswerKey(Dev, wrongIntents: 7, wrongWindows: 5)).Overall;

        Assert.Equal(right.Intent.Right - 7, wrong.Intent.Right);
        Assert.Equal(right.AllWindows.Right - 5, wrong.AllWindows.Right);
        Assert.True(wrong.Intent.Rate < right.Intent.Rate);
    }

    [Fact]
    public void Score_WindowGivenWhereNoneIsExpected_IsAMiss()
    {
        var taskCase = Dev.First(c => c.Window == ExpectedWindow.None);
        var score = QuestionScorer.Score([taskCase], new FixedAnswer(taskCase.Intent, DateWindow.Day(taskCase.Today)));

        Assert.Equal(0, score.Overall.NoWindow.Right);
        Assert.True(Assert.Single(score.Misses).WindowWrong);
    }

    /// <summary>Answers from the expected labels, spoiling the first N intents and the first M scored windows.</summary>
    private sealed class AnswerKey(IReadOnlyList<QuestionCase> cases, int wrongIntents, int wrongWindows) : IQuestionPredictor
    {
        private readonly Dictionary<(string, DateOnly), QuestionCase> byText = cases.ToDictionary(c => (c.Text, c.Today));
        private readonly HashSet<string> spoiledIntents = [.. cases.Take(wrongIntents).Select(c => c.Id)];
        private readonly HashSet<string> spoiledWindows = [.. cases.Where(c => c.Window.Scored).Take(wrongWindows).Select(c => c.Id)];

        public QuestionPrediction Predict(string text, DateOnly today)
        {
            var c = byText[(text, today)];
            var intent = spoiledIntents.Contains(c.Id) ? (c.Intent == "unknown" ? "help" : "unknown") : c.Intent;
            var window = c.Window.Range;
            if (spoiledWindows.Contains(c.Id)) window = window is { } w ? new DateWindow(w.From, w.To.AddDays(1)) : DateWindow.Day(today);
            return new QuestionPrediction(intent, window);
        }
    }

    private sealed class FixedAnswer(string intent, DateWindow? window) : IQuestionPredictor
    {
        public QuestionPrediction Predict(string text, DateOnly today) => new(intent, window);
    }
}
