using System.Globalization;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Proactive;
using DanVanBot.Cards;
using DanVanBot.Domain.Roster;
using DanVanBot.Domain.Time;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Storage.Audit;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Features.Roster;

/// <summary>
/// The join request a card action names, for the access gate (its unit, organisation and role) and the handler.
/// Read once per turn.
/// </summary>
internal sealed class JoinRequestLookup(IRosterStore roster)
{
    private Task<JoinRequestRecord?>? request;

    public Task<JoinRequestRecord?> GetAsync(TurnContext turn) => request ??= LoadAsync(turn);

    public static ScopeLocator Scope { get; } = async (turn, _) =>
        await turn.Services.GetRequiredService<JoinRequestLookup>().GetAsync(turn) is { } found
            ? new AccessScope(found.OrganisationId, found.OrganisationName, found.UnitId, found.UnitName, found.Role)
            : null;

    private async Task<JoinRequestRecord?> LoadAsync(TurnContext turn) =>
        Guid.TryParse(CardAction.TryRead(turn.Activity)?.GetString("requestId"), out var id)
            ? await roster.FindJoinRequestAsync(id, turn.CancellationToken)
            : null;
}

/// <summary>
/// "Duyệt" / "Từ chối" on an approval card (the gate has checked that the presser may decide it): decides once,
/// replaces the card with the outcome, and tells the requester in their own chat.
/// </summary>
internal sealed class JoinDecisionHandler(
    JoinRequestLookup lookup, IRosterStore roster, ProactiveMessenger messenger, TimeProvider clock, ILogger<JoinDecisionHandler> logger) : IFeatureHandler
{
    public const string ApproveVerb = "roster.approve";
    public const string RejectVerb = "roster.reject";

    public async Task HandleAsync(TurnContext turn)
    {
        var action = CardAction.TryRead(turn.Activity)!;
        var user = await turn.CurrentUserAsync();
        if (await lookup.GetAsync(turn) is not { } request)
        {
            await turn.AnswerActionAsync(action, RosterTexts.RequestGone);
            return;
        }

        var approve = action.Verb == ApproveVerb;
        var deciderName = user.Name ?? user.Upn ?? user.AadObjectId!;
        var place = $"{request.UnitName} — {request.OrganisationName}";
        var decision = await roster.DecideJoinAsync(request.RequestId, approve,
            new PersonRef(user.PersonId ?? Guid.Empty, user.AadObjectId, user.Upn, deciderName),
            new AuditEntry(user.AadObjectId!, user.Name, approve ? "roster.join.approve" : "roster.join.reject",
                $"{(approve ? "Duyệt" : "Từ chối")} yêu cầu của {request.Person.DisplayName ?? request.Person.Upn} tham gia {place} ({request.Role.ToName()})",
                turn.ConversationId, request.OrganisationId),
            turn.CancellationToken);
        Log.JoinDecided(logger, request.RequestId, decision.Outcome.ToString(), user.AadObjectId!);

        var when = VietnamTime.Now(clock).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
        var outcome = decision.Outcome switch
        {
            JoinDecisionOutcome.Approved => string.Format(CultureInfo.InvariantCulture, RosterTexts.Approved, deciderName, when),
            JoinDecisionOutcome.Rejected => string.Format(CultureInfo.InvariantCulture, RosterTexts.Rejected, deciderName, when),
            _ => string.Format(CultureInfo.InvariantCulture, RosterTexts.AlreadyDecided, StatusText(decision.Request ?? request)),
        };
        var card = CardJson.Render(CardNames.RosterApproval, JoinApprovals.CardData(decision.Request ?? request, outcome));
        await turn.AnswerWithCardAsync(action, CardNames.RosterApproval, card, RosterTexts.JoinSummary);
        if (decision.Outcome is JoinDecisionOutcome.Approved or JoinDecisionOutcome.Rejected)
        {
            var told = string.Format(CultureInfo.InvariantCulture, approve ? RosterTexts.ToldApproved : RosterTexts.ToldRejected, place, deciderName);
            await messenger.SendToPeopleAsync([request.Person.PersonId], _ => TurnAnswers.Text(told), turn.CancellationToken);
        }
    }

    private static string StatusText(JoinRequestRecord request) => request.Status switch
    {
        JoinRequestStatus.Approved => RosterTexts.StatusApproved + (request.DecidedByName is { } by ? " — " + by : ""),
        JoinRequestStatus.Rejected => RosterTexts.StatusRejected + (request.DecidedByName is { } by ? " — " + by : ""),
        _ => RosterTexts.StatusSuperseded,
    };
}
