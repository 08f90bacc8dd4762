namespace DanVanBot.App.Features.Exports;

public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>
    /// The bot's address as browsers reach it ("https://danvan.example.gov.vn"): download links are built on it. Without
    /// it the bot says it cannot send links rather than guess an address from the request.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// The key download links are signed with (base64, at least 32 bytes). Set it when several instances serve the bot;
    /// without it each process makes its own at start, and links die with the process (they live 15 minutes anyway).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
