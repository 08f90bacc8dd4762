namespace DanVanBot.Cards;

/// <summary>Template names: the file names in <c>cards/</c> without ".json".</summary>
public static class CardNames
{
    public const string Help = "help";
    public const string AnswerList = "answer-list";
    public const string PlanPreview = "plan-preview";
    public const string SetDate = "set-date";
    public const string RosterJoin = "roster-join";
    public const string RosterApproval = "roster-approval";
    public const string RosterTeam = "roster-team";
    public const string ReportForm = "report-form";
    public const string ReportReceipt = "report-receipt";
    public const string ReportChoice = "report-choice";
    public const string ReportCompliance = "report-compliance";
    public const string ReportView = "report-view";
    public const string ReportUnit = "report-unit";
    public const string Nudge = "nudge";
    public const string NudgeOverview = "nudge-overview";
}
