namespace DanVanBot.Cards.Templating;

/// <summary>
/// A template could not be parsed or expanded. Microsoft's engine throws in the same situations (an expression
/// that fails outside string interpolation, a syntax error), so a card that throws here would also fail there.
/// </summary>
public sealed class CardTemplateException(string message) : Exception(message);
