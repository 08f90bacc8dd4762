using DanVanBot.App.Features.Identity;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Organisations;

namespace DanVanBot.App.Features.Nudges.Coordinators;

/// <summary>"Tình hình gửi nhắc" from a coordinator: one delivery view per organisation they coordinate.</summary>
internal sealed class DeliveryViewHandler(DeliveryView view, IOrganisationStore organisations, TimeProvider clock) : IFeatureHandler
{
    private static readonly string[] Phrases = ["tinh hinh gui nhac", "tinh hinh nhac", "ket qua gui nhac", "tinh trang gui nhac"];

    public static bool Matches(TurnContext turn) => TurnPhrases.Contains(turn, Phrases);

    public async Task HandleAsync(TurnContext turn)
    {
        var user = await turn.CurrentUserAsync();
        var coordinated = user.CoordinatedOrganisations.ToHashSet();
        foreach (var organisation in (await organisations.ListOrganisationsAsync(turn.CancellationToken)).Where(o => coordinated.Contains(o.Id)))
            await turn.ReplyAsync(await view.BuildAsync(organisation, VietnamTime.Today(clock), clock.GetUtcNow(), turn.CancellationToken));
    }
}
