using System.Text.Json;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Plans;

/// <summary>
/// A file a user sent to the bot in a personal chat. Teams does not inline the bytes: it stores the file in
/// the sender's OneDrive and sends an attachment of type <see cref="DownloadInfoContentType"/> whose content
/// holds a short-lived, pre-authorised <c>downloadUrl</c> (plain GET, no token), a <c>uniqueId</c> and a
/// <c>fileType</c> (the extension without the dot); the attachment's <c>name</c> is the file name.
/// </summary>
internal sealed record TeamsFile(string Name, string DownloadUrl, string? FileType)
{
    public const string DownloadInfoContentType = "application/vnd.microsoft.teams.file.download.info";

    /// <summary>The extension to parse by: the name's own, else Teams' fileType.</summary>
    public string FileNameForParsing =>
        Path.HasExtension(Name) || string.IsNullOrWhiteSpace(FileType) ? Name : Name + "." + FileType.TrimStart('.');

    public static TeamsFile? TryRead(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message || activity.Attachments is not { Count: > 0 } attachments) return null;
        foreach (var attachment in attachments)
        {
            if (!string.Equals(attachment.ContentType, DownloadInfoContentType, StringComparison.OrdinalIgnoreCase)) continue;
            if (attachment.Content is not { ValueKind: JsonValueKind.Object } content) continue;
            var url = ReadString(content, "downloadUrl");
            if (string.IsNullOrWhiteSpace(url)) continue;
            var fileType = ReadString(content, "fileType");
            var name = string.IsNullOrWhiteSpace(attachment.Name) ? "tệp." + (fileType ?? "bin") : attachment.Name.Trim();
            return new TeamsFile(name, url, fileType);
        }
        return null;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
