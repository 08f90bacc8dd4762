namespace DanVanBot.Cards;

/// <summary>Template names: the file names in <c>cards/</c> without ".json".</summary>
public static class CardNames
{
    public const string Help = "help";
    public const string DueList = "due-list";
    public const string UnitPicker = "unit-picker";
    public const string PlanPreview = "plan-preview";
    public const string SetDate = "set-date";
    public const string Nudge = "nudge";
}
