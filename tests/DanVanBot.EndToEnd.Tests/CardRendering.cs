using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DanVanBot.EndToEnd.Tests;

/// <summary>What Microsoft's renderer made of a card: its warnings, and the contrast of each piece of text it drew.</summary>
internal sealed record RenderedCard(IReadOnlyList<string> Warnings, IReadOnlyList<(string Text, double Ratio)> Texts);

/// <summary>
/// Renders cards with Microsoft's Adaptive Cards renderer (tools/cardcheck) in headless Chromium under a host theme:
/// Teams-light as the Agents Playground ships it (read from its installed bundle, not copied) and a Teams-like dark
/// theme (tools/cardcheck/hostconfig-dark.json; the Playground has no dark theme).
/// </summary>
internal static partial class CardRendering
{
    public static string RendererScript => Path.Combine(EndToEndTools.RepoRoot, "tools", "cardcheck", "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");

    public static string RenderPage => Path.Combine(EndToEndTools.RepoRoot, "tools", "cardcheck", "render.html");

    public static JsonNode DarkTheme() => JsonNode.Parse(File.ReadAllText(Path.Combine(EndToEndTools.RepoRoot, "tools", "cardcheck", "hostconfig-dark.json")))!;

    /// <summary>The host config the Playground's page renders cards with (its Teams light theme).</summary>
    public static JsonNode PlaygroundLightTheme()
    {
        var scripts = Path.Combine(EndToEndTools.RepoRoot, "tools", "playground", "node_modules", "@microsoft", "m365agentsplayground", "dist", "client", "static", "js");
        var bundle = File.ReadAllText(Directory.GetFiles(scripts, "main.*.js").Single());
        var marker = bundle.IndexOf("\"containerStyles\":{\"default\":{\"foregroundColors\"", StringComparison.Ordinal);
        var start = bundle.LastIndexOf("JSON.parse('", marker, StringComparison.Ordinal) + "JSON.parse('".Length;
        var end = bundle.IndexOf("')", marker, StringComparison.Ordinal);
        if (marker < 0 || start < 0 || end < 0) throw new InvalidOperationException("The Playground's host config was not found in its bundle.");
        return JsonNode.Parse(JsUnescape().Replace(bundle[start..end], string.Empty))!;
    }

    public static async Task<RenderedCard> RenderAsync(IPage page, JsonElement card, JsonNode theme, string screenshotPath)
    {
        await page.GotoAsync(new Uri(RenderPage).AbsoluteUri);
        await page.AddScriptTagAsync(new() { Path = RendererScript });
        var result = await page.EvaluateAsync<JsonElement>("([card, host]) => window.renderCard(JSON.parse(card), JSON.parse(host))",
            new[] { card.GetRawText(), theme.ToJsonString() });
        await page.SetViewportSizeAsync(page.ViewportSize!.Width, Math.Max(200, result.GetProperty("height").GetInt32()));
        await page.ScreenshotAsync(new() { Path = screenshotPath, FullPage = true });
        return new RenderedCard(
            result.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList(),
            result.GetProperty("texts").EnumerateArray().Select(t => (t.GetProperty("text").GetString()!, t.GetProperty("ratio").GetDouble())).ToList());
    }

    // The bundle keeps the JSON in a JS string literal: drop the backslashes that escape for JS, not for JSON.
    [GeneratedRegex("""\\(?!["\\/bfnrtu])""")]
    private static partial Regex JsUnescape();
}
