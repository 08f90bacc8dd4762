using System.Text.Json.Nodes;
using DanVanBot.App.Tests.TestSupport;

namespace DanVanBot.App.Tests.Plans;

/// <summary>The message Teams sends when a user attaches a file in the personal chat with the bot.</summary>
public static class PlanActivities
{
    public static JsonObject FileMessage(string serviceUrl, string fileName, string downloadUrl, string userAad)
    {
        var activity = Activities.Message(serviceUrl, "", userAad: userAad);
        // Teams sends the file as the only attachment; the text is empty (or what the user typed alongside).
        activity.Remove("text");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/an/Documents/Microsoft%20Teams%20Chat%20Files/" + fileName,
            ["name"] = fileName,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = downloadUrl,
                ["uniqueId"] = Guid.NewGuid().ToString().ToUpperInvariant(),
                ["fileType"] = Path.GetExtension(fileName).TrimStart('.'),
            },
        });
        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string userAad)
    {
        var activity = Activities.CardAction(serviceUrl, verb, data);
        activity["from"]!["aadObjectId"] = userAad;
        return activity;
    }
}
