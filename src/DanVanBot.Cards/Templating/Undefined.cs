namespace DanVanBot.Cards.Templating;

/// <summary>
/// JavaScript's <c>undefined</c>: the value of a missing property. The reference engine treats it differently from
/// JSON <c>null</c> (a missing field is shown as <c>${path}</c>, a null one is not), so we must keep them apart.
/// </summary>
internal sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    public override string ToString() => "undefined";
}
