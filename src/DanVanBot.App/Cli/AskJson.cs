using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.Language.Questions;

namespace DanVanBot.App.Cli;

/// <summary>
/// <c>{ "intent", "window": {"from","to"} | null, "items": [{ "description", "unit", "dueDate" }] }</c>;
/// dates as yyyy-MM-dd, dueDate null for an undated duty or a plan; Vietnamese written unescaped. Added when they
/// apply: <c>"confirmation": {"claimedDay"|"claimedPeriod", "correct", "dueDate", "description", "plan"}</c>,
/// <c>"workdays": {"date", "workingDays", "isWorkingDay", "reasoning"}</c>, and with <c>--explain</c>
/// <c>"explain": {"intentRule", "intentCues", "windowRule", "windowWords", "normalized"}</c>.
/// </summary>
internal static class AskJson
{
    public static string Write(Answer answer, bool indented, Question? explain = null)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("intent", answer.Intent.ToCliName());
            if (answer.Window is { } window)
            {
                json.WriteStartObject("window");
                json.WriteString("from", Day(window.From));
                json.WriteString("to", Day(window.To));
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("window");
            }
            json.WriteStartArray("items");
            foreach (var item in answer.Items)
            {
                json.WriteStartObject();
                json.WriteString("description", item.Description);
                json.WriteString("unit", item.UnitText);
                if (item.DueOn is { } due) json.WriteString("dueDate", Day(due));
                else json.WriteNull("dueDate");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            AskJsonExtras.Write(json, answer, explain);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
