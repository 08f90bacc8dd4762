using System.Collections.Concurrent;
using System.Reflection;

namespace DanVanBot.Cards;

/// <summary>
/// The card templates from <c>cards/*.json</c>, embedded in this assembly so the bot never reads its working
/// directory. Each template is read once and kept.
/// </summary>
public static class CardTemplates
{
    private const string ResourcePrefix = "DanVanBot.Cards.Templates.";
    private const string ResourceSuffix = ".json";

    private static readonly Assembly Assembly = typeof(CardTemplates).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>Names of all embedded templates, e.g. "due-list".</summary>
    public static IReadOnlyList<string> Names { get; } = Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..^ResourceSuffix.Length])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The template's JSON text. Throws <see cref="ArgumentException"/> for an unknown name.</summary>
    public static string Get(string cardName)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardName);
        return Cache.GetOrAdd(cardName, Load);
    }

    private static string Load(string cardName)
    {
        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + cardName + ResourceSuffix)
            ?? throw new ArgumentException($"No card template named '{cardName}'. Known: {string.Join(", ", Names)}.", nameof(cardName));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
