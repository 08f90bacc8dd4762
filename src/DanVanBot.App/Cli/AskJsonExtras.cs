using System.Globalization;
using System.Text.Json;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Cli;

/// <summary>The fields of the <c>ask</c> JSON added with issue 14: confirmation, workdays and (with --explain) explain.</summary>
internal static class AskJsonExtras
{
    public static void Write(Utf8JsonWriter json, Answer answer, Question? explain)
    {
        if (answer.Confirmation is { } verdict) WriteConfirmation(json, verdict, answer);
        if (answer.Workdays is { } workdays)
        {
            json.WriteStartObject("workdays");
            WriteDay(json, "date", workdays.Day);
            if (workdays.WorkingDays is { } count) json.WriteNumber("workingDays", count);
            if (workdays.IsWorkingDay is { } working) json.WriteBoolean("isWorkingDay", working);
            json.WriteString("reasoning", workdays.Reasoning);
            json.WriteEndObject();
        }
        if (explain is not null) WriteExplanation(json, explain);
    }

    private static void WriteConfirmation(Utf8JsonWriter json, ConfirmationVerdict verdict, Answer answer)
    {
        json.WriteStartObject("confirmation");
        if (verdict.ClaimedDay is { } day) WriteDay(json, "claimedDay", day);
        if (verdict.ClaimedPeriod is { } period) WriteWindow(json, "claimedPeriod", period);
        json.WriteBoolean("correct", verdict.Correct);
        WriteDay(json, "dueDate", verdict.Actual?.DueOn);
        if (verdict.Actual is { } actual)
        {
            json.WriteString("description", actual.Description);
            json.WriteString("plan", actual.PlanNumber);
            json.WriteString("section", actual.Section);
        }
        json.WriteString("text", ConfirmationText.Render(answer));
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, Question question)
    {
        var why = question.Explanation;
        json.WriteStartObject("explain");
        json.WriteString("intentRule", why.IntentRule);
        json.WriteStartArray("intentCues");
        foreach (var cue in why.IntentCues) json.WriteStringValue(cue);
        json.WriteEndArray();
        json.WriteString("windowRule", why.WindowRule);
        json.WriteString("windowWords", why.WindowWords);
        json.WriteString("normalized", question.Normalized);
        json.WriteEndObject();
    }

    private static void WriteWindow(Utf8JsonWriter json, string name, DateWindow window)
    {
        json.WriteStartObject(name);
        WriteDay(json, "from", window.From);
        WriteDay(json, "to", window.To);
        json.WriteEndObject();
    }

    private static void WriteDay(Utf8JsonWriter json, string name, DateOnly? day)
    {
        if (day is { } value) json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }
}
