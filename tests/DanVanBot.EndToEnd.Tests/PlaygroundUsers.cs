namespace DanVanBot.EndToEnd.Tests;

/// <summary>
/// A Playground configuration whose current user is the given person: one Playground is one person's Teams, so two
/// people talking to the same bot are two Playgrounds with two of these. The tenant is the built-in one.
/// </summary>
internal static class PlaygroundUsers
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";

    public static string WriteConfig(string directory, string id, string name, string aadObjectId, string personalChatId)
    {
        var path = Path.Combine(directory, $"{id}.m365agentsplayground.yml");
        var others = string.Concat(Enumerable.Range(1, 5).Select(i => $"""
              - id: other-{i}
                name: Đồng nghiệp {i}
                userPrincipleName: other{i}@example.com
                aadObjectId: 00000000-0000-0000-0000-00000000009{i}
                givenName: Đồng nghiệp
                surname: "{i}"
                email: other{i}@example.com

            """));
        File.WriteAllText(path, $"""
            version: "0.1.1"
            tenantId: {TenantId}
            bot:
              id: 00000000-0000-0000-0000-00000000000011
              name: Test Bot
            currentUser:
              id: {id}
              name: {name}
              userPrincipleName: {id}@example.com
              aadObjectId: {aadObjectId}
              givenName: {name}
              surname: {name}
              email: {id}@example.com
            users:
            {others}personalChat:
              id: {personalChatId}
            groupChat:
              id: group-{id}
              name: Group Chat
            team:
              id: team-{id}
              name: My Team
              aadGroupId: 00000000-0000-0000-0000-000000000031
              channels:
                - id: channel-{id}
                  name: Announcements

            """);
        return path;
    }
}
