using System.Globalization;
using System.Text.RegularExpressions;
using DanVanBot.App.Features.Ask.Answering;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Nudges.Planning;
using DanVanBot.Cards.Data;
using DanVanBot.Domain.Time;
using DanVanBot.Language.Text;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>
/// "Nhắc các đơn vị chưa nộp [báo cáo 6 tháng]" from a coordinator: the preview of the nearest deadline still owed that
/// matches the words (with the others as buttons), never a send. "Gửi nhắc" on the preview sends.
/// </summary>
internal sealed partial class RemindMissingHandler(RequestedNudges requested, TimeProvider clock) : IFeatureHandler
{
    public static bool Matches(TurnContext turn) =>
        turn.Activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(turn.Activity.Text)
        && Command().IsMatch(VietnameseText.Fold(turn.TextWithoutMentions));

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var today = VietnamTime.Today(clock);
        var open = await requested.OpenAsync(user.CoordinatedOrganisations, today, turn.CancellationToken);
        if (open.Count == 0)
        {
            await turn.ReplyTextAsync(string.Format(CultureInfo.InvariantCulture, CoordinatorNudgeTexts.RemindNothingOpen,
                VietnameseDates.Date(today.AddDays(-RequestedNudges.PastDays)), VietnameseDates.Date(today.AddDays(RequestedNudges.AheadDays))));
            return;
        }

        var words = WordsOf(turn.TextWithoutMentions);
        var matching = words.Length == 0 ? open : open.Where(o => NameMatch.ContainsWords($"{o.Occurrence.Description} {o.Occurrence.Label}", words)).ToList();
        var note = matching.Count == 0
            ? string.Format(CultureInfo.InvariantCulture, CoordinatorNudgeTexts.RemindNoMatch, AsTyped(turn.TextWithoutMentions, words))
            : null;
        if (matching.Count == 0) matching = open;
        var (organisation, nearest) = matching[0];
        var plan = await requested.PlanAsync(organisation, nearest, clock.GetUtcNow(), turn.CancellationToken);
        await turn.ReplyAsync(RequestedNudgeCards.Preview(plan, clock.GetUtcNow(), matching.Select(m => m.Occurrence).ToList(), note));
    }

    /// <summary>The words after "chưa nộp" that name the duty ("báo cáo 6 tháng" → "6 tháng"); empty for "nhắc các đơn vị chưa nộp".</summary>
    public static string WordsOf(string text)
    {
        var match = Command().Match(VietnameseText.Fold(text));
        return match.Success ? match.Groups["words"].Value.Trim(' ', '?', '.', '!', ',', ':') : "";
    }

    /// <summary>The folded words as the person typed them (with their diacritics): folding keeps the words, one for one.</summary>
    public static string AsTyped(string text, string foldedWords)
    {
        var count = foldedWords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var typed = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', typed.TakeLast(count)).Trim(' ', '?', '.', '!', ',', ':');
    }

    /// <summary>"nhắc (các/những) đơn vị chưa nộp/gửi/báo cáo [báo cáo] …", folded: lower case, no diacritics.</summary>
    [GeneratedRegex(@"\bnhac\b(?:\s+(?:cac|nhung|giup|lai))*\s+(?:cac\s+)?don vi\s+(?:nao\s+)?chua\s+(?:nop|gui|bao cao)(?:\s+bao cao)?(?<words>.*)$")]
    private static partial Regex Command();
}
