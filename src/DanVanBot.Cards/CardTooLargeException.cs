namespace DanVanBot.Cards;

/// <summary>
/// A card message would exceed what Teams accepts (about 28 KB). Callers should page the content (fewer items per
/// card, a "Xem thêm" button) rather than catch and send anyway.
/// </summary>
public sealed class CardTooLargeException(string cardName, int actualBytes, int limitBytes)
    : Exception($"Card '{cardName}' serialises to {actualBytes} bytes; the limit is {limitBytes} bytes. Show fewer items per card.")
{
    public string CardName { get; } = cardName;

    public int ActualBytes { get; } = actualBytes;

    public int LimitBytes { get; } = limitBytes;
}
