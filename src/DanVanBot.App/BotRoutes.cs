using DanVanBot.App.Features;
using DanVanBot.App.Features.Ask;
using DanVanBot.App.Features.Exports;
using DanVanBot.App.Features.Help;
using DanVanBot.App.Features.Identity;
using DanVanBot.App.Features.Nudges;
using DanVanBot.App.Features.Nudges.Coordinators;
using DanVanBot.App.Features.Plans;
using DanVanBot.App.Features.Reports;
using DanVanBot.App.Features.Roster;
using DanVanBot.Language.Questions;
using DanVanBot.Protocol.Hosting;
using DanVanBot.Protocol.Schema;
using static DanVanBot.App.Features.Identity.Requirement;

namespace DanVanBot.App;

/// <summary>
/// The bot's one route table, read top to bottom: what arrives (activity, card verb, phrase or intent) → the
/// handler → what the sender must be. First match wins. The requirement is enforced before the handler runs
/// (<see cref="AccessGate"/>); no handler checks roles itself. The question is understood once per turn
/// (<see cref="TurnQuestion"/>), whichever line asks first.
/// </summary>
internal static class BotRoutes
{
    public static RouteTable Build(IServiceProvider services) => new RouteTable()
        // Install events. Conversation references are kept by a turn observer, not here.
        .On("install:welcome", WelcomeHandler.IsBotAddedToPersonalChat, Anyone, Handlers.Use<WelcomeHandler>())
        .OnActivity(ActivityTypes.InstallationUpdate, "install:update", Anyone, _ => Task.CompletedTask)
        .OnActivity(ActivityTypes.ConversationUpdate, "conversation:update", Anyone, _ => Task.CompletedTask)

        // Plans: the coordinating office imports, publishes and dates its own organisation's plans.
        .OnCardAction(PublishPlanHandler.Verb, CoordinatorOf("the plan's organisation", PlanTargets.PendingImportScope), Handlers.Use<PublishPlanHandler>())
        .OnCardAction(CancelImportHandler.Verb, CoordinatorOf("the plan's organisation", PlanTargets.PendingImportScope), Handlers.Use<CancelImportHandler>())
        .OnCardAction(SetDateCards.Verb, CoordinatorOf("the occurrence's organisation", PlanTargets.OccurrenceScope), Handlers.Use<SetDateHandler>())
        // A file its sender was asked for on a report receipt ("Đính kèm văn bản") is that report's, not a plan to import.
        .On("reports:attach-file", ReportAttachmentHandler.Matches, MemberOf("the report's unit", ReportAttachmentHandler.Scope), Handlers.Use<ReportAttachmentHandler>())
        .On("plans:upload", PlanUploadHandler.Matches, AnyCoordinator, Handlers.Use<PlanUploadHandler>())
        .On("plans:undated", UndatedListHandler.Matches, AnyCoordinator, Handlers.Use<UndatedListHandler>())

        // Roster: anyone Teams identifies may ask to join a unit; the unit's head or a coordinator decides.
        .On("roster:join", JoinStartHandler.Matches, Person, Handlers.Use<JoinStartHandler>())
        .OnCardAction(JoinSearchHandler.Verb, Person, Handlers.Use<JoinSearchHandler>())
        .OnCardAction(JoinRequestHandler.Verb, Person, Handlers.Use<JoinRequestHandler>())
        .OnCardAction(JoinDecisionHandler.ApproveVerb, ApproverOf("the join request", JoinRequestLookup.Scope), Handlers.Use<JoinDecisionHandler>())
        .OnCardAction(JoinDecisionHandler.RejectVerb, ApproverOf("the join request", JoinRequestLookup.Scope), Handlers.Use<JoinDecisionHandler>())
        // An administrator assigns a team's members to a unit in one go.
        .On("roster:team", TeamMembersHandler.Matches, AnyAdministrator, Handlers.Use<TeamMembersHandler>())
        .OnCardAction(AssignMembersHandler.Verb, AdministratorOf("the unit's organisation", TeamAssignment.Scope), Handlers.Use<AssignMembersHandler>())

        // Reminders for the coordinating office: asked before the reports' lines, where "chưa nộp" would read as a question.
        .On("nudges:delivery", DeliveryViewHandler.Matches, AnyCoordinator, Handlers.Use<DeliveryViewHandler>())
        // "Nhắc các đơn vị chưa nộp …" previews; only "Gửi nhắc" on the preview sends, for the occurrence's own organisation.
        .On("nudges:remind", RemindMissingHandler.Matches, AnyCoordinator, Handlers.Use<RemindMissingHandler>())
        .OnCardAction(PreviewRequestedNudgeHandler.Verb, CoordinatorOf("the occurrence's organisation", RequestedNudgeScope.Occurrence), Handlers.Use<PreviewRequestedNudgeHandler>())
        .OnCardAction(SendRequestedNudgeHandler.Verb, CoordinatorOf("the occurrence's organisation", RequestedNudgeScope.Occurrence), Handlers.Use<SendRequestedNudgeHandler>())
        .OnCardAction(CancelRequestedNudgeHandler.Verb, CoordinatorOf("the occurrence's organisation", RequestedNudgeScope.Occurrence), Handlers.Use<CancelRequestedNudgeHandler>())

        // Reports: a unit's members open the form from chat or a button and submit it for their own unit.
        // The coordinating office sees who has reported; "tình hình nộp báo cáo" is asked before "nộp báo cáo" is read as submitting.
        // "Đơn vị tôi đã nộp chưa?" is a member's question about their own unit, not the coordinators' "who has not reported".
        // Exports: "xuất báo cáo tổng hợp quý 3" and "tải bảng theo dõi" are asked before "tổng hợp" reads as the compliance card.
        .On("exports:request", ExportRequestHandler.Matches, AnyCoordinator, Handlers.Use<ExportRequestHandler>())
        .OnCardAction(ExportRequestHandler.Verb, AnyCoordinator, Handlers.Use<ExportRequestHandler>())
        .On("reports:mine", UnitStatusHandler.Matches, Member, Handlers.Use<UnitStatusHandler>())
        .On("reports:compliance", ComplianceHandler.Matches, AnyCoordinator, Handlers.Use<ComplianceHandler>())
        // A report is read by its unit's people and its organisation's coordinators; only the unit's head returns it.
        .OnCardAction(ReportViewTarget.Verb, ReportReaderOf("the report's unit", ReportViewTarget.Scope), Handlers.Use<ReportViewHandler>())
        .OnCardAction(ReportReturnHandler.Verb, UnitHeadOf("the report's unit", ReportViewTarget.Scope), Handlers.Use<ReportReturnHandler>())
        .On("reports:open", TurnQuestion.Is(QuestionIntent.Submit), Member, Handlers.Use<ReportChatHandler>())
        // "Cho xin mẫu báo cáo …" is read as help by the question rules; a member gets the empty form instead.
        .On("reports:template", TurnQuestion.AsksForForm, Member, Handlers.Use<ReportChatHandler>())
        .OnCardAction(ReportFormCards.TemplateVerb, MemberOf("the report's unit", ReportTargets.Scope), Handlers.Use<ReportOpenHandler>())
        .OnCardAction(ReportFormCards.OpenVerb, MemberOf("the report's unit", ReportTargets.Scope), Handlers.Use<ReportOpenHandler>())
        .OnCardAction(ReportFormCards.EditVerb, MemberOf("the report's unit", ReportTargets.Scope), Handlers.Use<ReportOpenHandler>())
        .OnCardAction(ReportFormCards.SubmitVerb, MemberOf("the report's unit", ReportTargets.Scope), Handlers.Use<ReportSubmitHandler>())
        // A receipt's refresh in a group chat: its viewer's view. Person, not Member: the shared view is what the conversation
        // already shows, the submission id comes only from that card, and the submitter's buttons keep their own gates.
        .OnCardAction(ReceiptCards.RefreshVerb, Person, Handlers.Use<ReceiptRefreshHandler>())
        .OnCardAction(ReportAttachStartHandler.Verb, MemberOf("the report's unit", ReportTargets.Scope), Handlers.Use<ReportAttachStartHandler>())

        // Reminders: the card's buttons act only on the presser's own reminder (checked by the handler).
        .MapNudgeRoutes()

        // Questions.
        .On("ask:help", TurnQuestion.Is(QuestionIntent.Help), Anyone, Handlers.Use<HelpHandler>())
        .OnCardAction(AskFeature.MoreVerb, Person, Handlers.Use<DueMoreHandler>())
        // Working days are calendar arithmetic: nothing of any organisation's is read.
        .On("ask:workdays", TurnQuestion.Is(QuestionIntent.Workdays), Anyone, Handlers.Use<WorkdaysHandler>())
        // A coordinator sees every unit of the organisations they coordinate; a member, their own unit's standing.
        // The coordinators' compliance card (on time, late, not sent, with the reports) answers "tình hình nộp báo cáo" above.
        .On("ask:missing", TurnQuestion.Is(QuestionIntent.Missing), Member, Handlers.Use<AskHandler>())
        .On("ask:answer", TurnQuestion.IsAny(AskFeature.AnsweredToAnyone), Person, Handlers.Use<AskHandler>())
        .On("ask:fallback", TurnQuestion.IsTextMessage, Anyone, Handlers.Use<FallbackHandler>())
        // A button whose verb is none of the above: said so in Vietnamese, never a bare 501.
        .On("card:unknown", UnknownActionHandler.Matches, Anyone, Handlers.Use<UnknownActionHandler>());
}
