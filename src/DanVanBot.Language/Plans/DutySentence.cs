namespace DanVanBot.Language.Plans;

/// <summary>
/// A duty sentence (or the lead paragraph of a list of duties) with what obligations ask about it computed once:
/// a sentence with many deadline phrases yields many obligations, and asking each of them to fold the sentence or
/// search it again for its units, recipient and route would cost phrases × length.
/// </summary>
internal sealed class DutySentence(string text)
{
    private readonly Dictionary<int, bool> clauseMentionsReport = [];
    private List<int>? semicolons;
    private bool? mentionsReport;
    private IReadOnlyList<string>? subjectUnits;
    private (string? Value, bool Known) recipient;
    private (string? Value, bool Known) via;

    public string Text { get; } = text;

    public bool MentionsReport => mentionsReport ??= DutyText.MentionsReport(Text);

    public IReadOnlyList<string> SubjectUnits => subjectUnits ??= DutyText.SubjectUnits(Text);

    public string? Recipient => Known(ref recipient, DutyText.Recipient);

    public string? Via => Known(ref via, DutyText.Via);

    /// <summary>Where the clause (text between semicolons) holding <paramref name="position"/> starts.</summary>
    public int ClauseStart(int position)
    {
        var index = FirstSemicolonAtOrAfter(position) - 1;
        return index >= 0 ? Semicolons[index] + 1 : 0;
    }

    /// <summary>The semicolon that ends the clause at or after <paramref name="position"/>, or the text's length.</summary>
    public int ClauseEnd(int position)
    {
        var index = FirstSemicolonAtOrAfter(Math.Min(position, Text.Length));
        return index < Semicolons.Count ? Semicolons[index] : Text.Length;
    }

    /// <summary>Whether the clause holding <paramref name="position"/> mentions a report; each clause is folded once.</summary>
    public bool ClauseMentionsReport(int position)
    {
        var start = ClauseStart(position);
        if (!clauseMentionsReport.TryGetValue(start, out var mentions))
        {
            mentions = DutyText.MentionsReport(Text[start..ClauseEnd(position)]);
            clauseMentionsReport[start] = mentions;
        }
        return mentions;
    }

    private List<int> Semicolons => semicolons ??= FindSemicolons(Text);

    private int FirstSemicolonAtOrAfter(int position)
    {
        var index = Semicolons.BinarySearch(position);
        return index >= 0 ? index : ~index;
    }

    private string? Known(ref (string? Value, bool Known) cached, Func<string, string?> read)
    {
        if (!cached.Known) cached = (read(Text), true);
        return cached.Value;
    }

    private static List<int> FindSemicolons(string text)
    {
        var positions = new List<int>();
        for (var index = text.IndexOf(';'); index >= 0; index = text.IndexOf(';', index + 1)) positions.Add(index);
        return positions;
    }
}
