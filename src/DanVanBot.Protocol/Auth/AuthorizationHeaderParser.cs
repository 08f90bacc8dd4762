namespace DanVanBot.Protocol.Auth;

/// <summary>Spec §1.1: the header must be exactly "Bearer &lt;token&gt;", one space, case-sensitive scheme.</summary>
internal static class AuthorizationHeaderParser
{
    private const string Scheme = "Bearer";

    public static bool TryGetBearerToken(string? headerValue, out string token)
    {
        token = string.Empty;
        if (string.IsNullOrEmpty(headerValue))
        {
            return false;
        }

        var parts = headerValue.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], Scheme, StringComparison.Ordinal) || parts[1].Length == 0)
        {
            return false;
        }

        token = parts[1];
        return true;
    }
}
