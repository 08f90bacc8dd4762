using System.Net;
using System.Text.Json;

namespace DanVanBot.Protocol.Connector;

/// <summary>The code and message of a Connector error body, whichever of its two shapes it came in.</summary>
public sealed record ConnectorError(string? Code, string? Message)
{
    public static readonly ConnectorError None = new(null, null);

    /// <summary>
    /// Reads <c>{"error":{"code","message"}}</c> (the Bot Framework shape) and
    /// <c>{"errorCode":209,"message":"{\"subCode\":\"MessageWritesBlocked\",...}"}</c> (some Teams 403s,
    /// where the useful code is the subCode inside a JSON-encoded message). Never throws.
    /// </summary>
    public static ConnectorError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return None;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ConnectorError(null, body);
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return new ConnectorError(ReadText(error, "code"), ReadText(error, "message"));
            }

            var message = ReadText(root, "message");
            var code = SubCode(message) ?? ReadText(root, "errorCode") ?? ReadText(root, "code");
            return new ConnectorError(code, message);
        }
        catch (JsonException)
        {
            // Gateways answer 502/504 with HTML; keep the start of it for the log.
            return new ConnectorError(null, body.Length > 300 ? body[..300] : body);
        }
    }

    private static string? SubCode(string? message)
    {
        if (message is null || !message.TrimStart().StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var inner = JsonDocument.Parse(message);
            return inner.RootElement.ValueKind == JsonValueKind.Object ? ReadText(inner.RootElement, "subCode") : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadText(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}

/// <summary>Maps a final (post-retry) Connector failure to what the caller should do about it (spec §2.3 table).</summary>
public static class ConnectorOutcomeMap
{
    public static ConnectorOutcome For(HttpStatusCode status, string? errorCode) => (int)status switch
    {
        403 when Is(errorCode, "ConversationBlockedByUser", "MessageWritesBlocked") => ConnectorOutcome.BlockedByUser,
        403 when Is(errorCode, "BotDisabledByAdmin") => ConnectorOutcome.DisabledByAdmin,
        403 when Is(errorCode, "BotNotInConversationRoster", "ForbiddenOperationException") => ConnectorOutcome.NotInstalled,
        404 when Is(errorCode, "ConversationNotFound", "ActivityNotFoundInConversation") => ConnectorOutcome.ConversationGone,
        413 => ConnectorOutcome.TooLarge,
        429 => ConnectorOutcome.Throttled,
        _ => ConnectorOutcome.Failed,
    };

    private static bool Is(string? code, params string[] candidates) =>
        code is not null && candidates.Any(c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
}
