using System.Globalization;

namespace DanVanBot.Eval.Documents;

/// <summary>The printed table: per document, per kind and form, overall; with the misses when asked for (dev set only).</summary>
internal static class DocumentReport
{
    public static void Write(TextWriter output, string set, IReadOnlyList<DocumentResult> results, bool listMisses)
    {
        output.WriteLine($"Documents, {set} set: {results.Count} documents");
        output.WriteLine();
        output.WriteLine($"{"document",-40} {"kind",-4} {"no.",-4} {"iss.",-4} {"date",-4}  {"found",-14}  {"invented",8}");
        foreach (var r in results)
            output.WriteLine($"{r.Case.Name,-40} {Mark(r.KindRight),-4} {Mark(r.NumberRight),-4} {Mark(r.IssuerRight),-4} {Mark(r.DateRight),-4}  {r.Recall,-14}  {r.Invented.Count,8}");
        output.WriteLine();
        WriteGroups(output, "kind", results.GroupBy(r => r.Case.Expected.Kind));
        WriteGroups(output, "form", results.GroupBy(r => r.Case.Expected.Form));
        output.WriteLine();
        var invented = results.Sum(r => r.Invented.Count);
        output.WriteLine($"field accuracy: kind {Count(results, r => r.KindRight)}, number {Count(results, r => r.NumberRight)}, " +
                         $"issuer {Count(results, r => r.IssuerRight)}, date {Count(results, r => r.DateRight)}");
        output.WriteLine($"fields (all four)          {Count(results, r => r.KindRight && r.NumberRight && r.IssuerRight && r.DateRight)}");
        output.WriteLine($"deadlines found (recall)   {results.Aggregate(default(Tally), (t, r) => t + r.Recall)}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"deadlines invented         {invented} in {results.Count} documents ({10.0 * invented / results.Count:0.0} per 10 documents; {results.Count(r => r.Invented.Count > 0)} documents with any; {results.Sum(r => r.InventedTraps)} on listed traps)"));
        output.WriteLine($"unit of found deadlines    {results.Aggregate(default(Tally), (t, r) => t + r.Units)}");
        if (!listMisses) return;
        output.WriteLine();
        foreach (var r in results) WriteMisses(output, r);
    }

    private static void WriteGroups(TextWriter output, string title, IEnumerable<IGrouping<string, DocumentResult>> groups)
    {
        foreach (var g in groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var list = g.ToList();
            output.WriteLine($"{title} {g.Key,-12} {list.Count,3} docs  fields {Count(list, r => r.KindRight && r.NumberRight && r.IssuerRight && r.DateRight),-12}  " +
                             $"found {list.Aggregate(default(Tally), (t, r) => t + r.Recall),-14}  invented {list.Sum(r => r.Invented.Count)}");
        }
    }

    private static Tally Count(IEnumerable<DocumentResult> results, Func<DocumentResult, bool> right) =>
        results.Aggregate(default(Tally), (t, r) => t.Add(right(r)));

    private static string Mark(bool right) => right ? "ok" : "NO";

    private static void WriteMisses(TextWriter output, DocumentResult r)
    {
        var e = r.Case.Expected;
        var lines = new List<string>();
        if (r.Got.Problem is { } problem) lines.Add($"  nothing read: {problem}");
        if (!r.KindRight) lines.Add($"  kind: expected {e.Kind}, got {r.Got.Kind ?? "nothing"}");
        if (!r.NumberRight) lines.Add($"  number: expected {e.Number ?? "none"}, got {r.Got.Number ?? "none"}");
        if (!r.IssuerRight) lines.Add($"  issuer: expected {e.Issuer ?? "none"}, got {r.Got.Issuer ?? "none"}");
        if (!r.DateRight) lines.Add($"  date: expected {Day(e.IssuedOn)}, got {Day(r.Got.IssuedOn)}");
        lines.AddRange(r.Missed.Select(m => $"  missed {m.Key}: {m.What}{(m.Unit is null ? "" : $" ({m.Unit})")}"));
        lines.AddRange(r.WrongUnits.Select(w =>
            $"  unit of {w.Deadline.Key}: expected {w.Deadline.Unit}, got {(w.Got.Count == 0 ? "none" : string.Join("; ", w.Got))}"));
        foreach (var i in r.Invented)
        {
            var trap = e.Traps?.FirstOrDefault(t => t.Date == i.Key.ToString());
            lines.Add($"  invented {i.Key}: {i.Description} [phrase: {i.Phrase ?? "none"}]{(trap is null ? "" : $" (a trap: {trap.Why})")}");
        }
        if (lines.Count == 0) return;
        output.WriteLine($"{r.Case.Name}:");
        foreach (var line in lines) output.WriteLine(line);
    }

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none";
}
