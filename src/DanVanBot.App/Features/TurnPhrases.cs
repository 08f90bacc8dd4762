using DanVanBot.Language.Text;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features;

/// <summary>Commands typed as short phrases ("việc chưa có hạn", "tham gia đơn vị"), with or without diacritics.</summary>
internal static class TurnPhrases
{
    /// <param name="foldedPhrases">Lower case, without diacritics: typed with or without accents, they mean the same.</param>
    public static bool Contains(TurnContext turn, IReadOnlyList<string> foldedPhrases)
    {
        if (turn.Activity.Type != ActivityTypes.Message || string.IsNullOrWhiteSpace(turn.Activity.Text)) return false;
        var folded = VietnameseText.Fold(turn.TextWithoutMentions);
        return foldedPhrases.Any(phrase => folded.Contains(phrase, StringComparison.Ordinal));
    }
}
