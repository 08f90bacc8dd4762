namespace DanVanBot.Protocol.Connector;

/// <summary>
/// Connector REST paths (spec §2.3). They are appended to the serviceUrl's own path, never
/// resolved against the host: Teams serviceUrls carry a region and tenant path
/// (https://smba.trafficmanager.net/amer/{tenant}/) that a leading "/" would throw away.
/// </summary>
internal static class ConnectorRoutes
{
    public static string Conversations => "v3/conversations";

    public static string Activities(string conversationId) =>
        $"v3/conversations/{Escape(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) =>
        $"{Activities(conversationId)}/{Escape(activityId)}";

    /// <summary>One page of members; the Teams API clamps <paramref name="pageSize"/> to 50–500.</summary>
    public static string PagedMembers(string conversationId, int pageSize, string? continuationToken) =>
        $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={pageSize}" +
        (string.IsNullOrEmpty(continuationToken) ? "" : "&continuationToken=" + Uri.EscapeDataString(continuationToken));

    /// <summary>One member by Teams user id, UPN or object id.</summary>
    public static string Member(string conversationId, string userId) =>
        $"v3/conversations/{Escape(conversationId)}/members/{Escape(userId)}";

    /// <param name="baseUri">Already normalised by <see cref="ServiceUrlPolicy"/> to end with one slash.</param>
    public static Uri Combine(Uri baseUri, string relativePath) =>
        new(baseUri.AbsoluteUri + relativePath.TrimStart('/'), UriKind.Absolute);

    // Teams ids contain ':', ';', '=' and '@' ("19:abc@thread.tacv2;messageid=12"), all of which
    // change the meaning of a path segment if left raw.
    private static string Escape(string id) => Uri.EscapeDataString(id);
}
