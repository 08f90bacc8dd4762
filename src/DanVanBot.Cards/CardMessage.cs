using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.Cards;

/// <summary>Builds the message activity that carries one Adaptive Card.</summary>
public static class CardMessage
{
    /// <summary>Teams rejects messages above about 28 KB of JSON.</summary>
    public const int MaxActivityBytes = 28 * 1024;

    /// <summary>
    /// A message with the expanded card as its only attachment and <paramref name="summary"/> as the notification text.
    /// No <c>text</c> is set: Teams splits a message with text and an attachment into two messages.
    /// Throws <see cref="CardTooLargeException"/> when the serialised activity reaches <see cref="MaxActivityBytes"/>.
    /// </summary>
    public static Activity Create<TData>(string cardName, TData data, string summary) =>
        FromCard(cardName, CardJson.Render(cardName, data), summary);

    /// <summary>Wraps an already expanded card; <paramref name="cardName"/> only names it in errors.</summary>
    public static Activity FromCard(string cardName, JsonObject card, string summary)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = summary,
            Attachments =
            [
                new Attachment
                {
                    ContentType = ContentTypes.AdaptiveCard,
                    Content = CardJson.ToElement(card),
                },
            ],
        };
        EnsureWithinLimit(cardName, SerializedBytes(activity));
        return activity;
    }

    /// <summary>Size as the protocol layer writes it (non-ASCII escaped), which is the larger, safe measure.</summary>
    public static int SerializedBytes(Activity activity) =>
        Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity));

    internal static void EnsureWithinLimit(string cardName, int bytes)
    {
        if (bytes >= MaxActivityBytes) throw new CardTooLargeException(cardName, bytes, MaxActivityBytes);
    }
}
