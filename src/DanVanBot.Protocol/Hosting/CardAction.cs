using System.Text.Json;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Protocol.Hosting;

/// <summary>
/// A card button press. Teams delivers <c>Action.Execute</c> as an <c>adaptiveCard/action</c> invoke with
/// <c>value.action.{verb,data}</c>, and <c>Action.Submit</c> as a message with no text and <c>value</c>
/// holding the data merged with the inputs (spec §4.1–4.2). Both become one shape here.
/// </summary>
public sealed record CardAction(string Verb, JsonElement Data, bool IsInvoke)
{
    public const string InvokeName = "adaptiveCard/action";

    public static CardAction? TryRead(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value) return null;

        if (activity.Type == ActivityTypes.Invoke)
        {
            if (activity.Name != InvokeName) return null;
            if (!value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object) return null;
            var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : EmptyObject;
            var verb = ReadString(action, "verb") ?? ReadString(data, "verb");
            return verb is null ? null : new CardAction(verb, data, IsInvoke: true);
        }

        if (activity.Type == ActivityTypes.Message && string.IsNullOrWhiteSpace(activity.Text))
        {
            var verb = ReadString(value, "verb");
            return verb is null ? null : new CardAction(verb, value, IsInvoke: false);
        }
        return null;
    }

    public string? GetString(string name) => ReadString(Data, name);

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String
            ? p.GetString()
            : null;

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
}
