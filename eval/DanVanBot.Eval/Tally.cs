using System.Globalization;

namespace DanVanBot.Eval;

/// <summary>Right answers out of scored ones; printed as "18/23  78.3%" ("–" when nothing was scored).</summary>
internal readonly record struct Tally(int Right, int Total)
{
    public Tally Add(bool right) => new(Right + (right ? 1 : 0), Total + 1);

    public static Tally operator +(Tally a, Tally b) => new(a.Right + b.Right, a.Total + b.Total);

    public double? Rate => Total == 0 ? null : (double)Right / Total;

    public override string ToString() =>
        Total == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{Right}/{Total} {100.0 * Right / Total,5:0.0}%");
}
