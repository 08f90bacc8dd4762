using DanVanBot.Language.Questions;

namespace DanVanBot.Eval.Questions;

/// <summary>Anything that reads a question as the bot would: the real interpreter, or a test's stand-in.</summary>
internal interface IQuestionPredictor
{
    QuestionPrediction Predict(string text, DateOnly today);
}

/// <summary>The bot's own reading: <see cref="QuestionInterpreter"/>, with the CLI's intent names.</summary>
internal sealed class InterpreterPredictor : IQuestionPredictor
{
    private readonly QuestionInterpreter interpreter = new();

    public QuestionPrediction Predict(string text, DateOnly today)
    {
        var question = interpreter.Interpret(text, today);
        return new QuestionPrediction(question.Intent.ToCliName(), question.Window);
    }
}
