namespace DanVanBot.Domain.Reports;

/// <summary>The form fields a problem can be named next to.</summary>
public enum ReportField
{
    Results,
    Progress,
    PercentComplete,
    Difficulties,
    Proposals,
    DocumentReference,
}

/// <summary>What is wrong with one field; the bot words it in Vietnamese next to the field.</summary>
public enum ReportProblemKind
{
    Missing,
    TooLong,
    NotAChoice,
    NotANumber,
    OutOfRange,
    OnlyWhileInProgress,
}

public sealed record ReportProblem(ReportField Field, ReportProblemKind Kind, int? Limit = null);

/// <summary>
/// The form's fields as the client sent them (text, possibly of the wrong shape), checked into a
/// <see cref="ReportContent"/> or into the list of problems, never both.
/// </summary>
public sealed record ReportFormInput(
    string? Results,
    string? Progress,
    string? PercentComplete,
    string? Difficulties,
    string? Proposals,
    string? DocumentReference);

public sealed record ReportCheck(ReportContent? Content, IReadOnlyList<ReportProblem> Problems)
{
    public bool IsValid => Content is not null;
}

/// <summary>Server-side validation of a report form: the one authority, whatever the client checked.</summary>
public static class ReportRules
{
    /// <summary>The values the form's "Tiến độ" choice sends.</summary>
    public static readonly IReadOnlyDictionary<string, ReportProgress> ProgressValues = new Dictionary<string, ReportProgress>(StringComparer.Ordinal)
    {
        ["notStarted"] = ReportProgress.NotStarted,
        ["inProgress"] = ReportProgress.InProgress,
        ["completed"] = ReportProgress.Completed,
    };

    public static string ToValue(this ReportProgress progress) => ProgressValues.First(p => p.Value == progress).Key;

    public static ReportCheck Check(ReportFormInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<ReportProblem>();
        var results = Text(input.Results, ReportField.Results, ReportLimits.ResultsMaxLength, problems);
        if (results is null && !problems.Any(p => p.Field == ReportField.Results))
            problems.Add(new(ReportField.Results, ReportProblemKind.Missing));

        ReportProgress? progress = null;
        if (Trimmed(input.Progress) is { } rawProgress)
        {
            if (ProgressValues.TryGetValue(rawProgress, out var known)) progress = known;
            else problems.Add(new(ReportField.Progress, ReportProblemKind.NotAChoice));
        }

        var percent = Percent(input.PercentComplete, progress, problems);
        var difficulties = Text(input.Difficulties, ReportField.Difficulties, ReportLimits.DifficultiesMaxLength, problems);
        var proposals = Text(input.Proposals, ReportField.Proposals, ReportLimits.ProposalsMaxLength, problems);
        var reference = Text(input.DocumentReference, ReportField.DocumentReference, ReportLimits.DocumentReferenceMaxLength, problems);

        return problems.Count > 0
            ? new(null, problems)
            : new(new ReportContent(results!, progress, percent, difficulties, proposals, reference), []);
    }

    private static int? Percent(string? raw, ReportProgress? progress, List<ReportProblem> problems)
    {
        if (Trimmed(raw) is not { } text) return null;
        // Input.Number sends "50" or "50.0"; a person typing on a client without it may add "%".
        if (!decimal.TryParse(text.TrimEnd('%').Trim(), System.Globalization.NumberStyles.Number,
                System.Globalization.CultureInfo.InvariantCulture, out var value) || value != decimal.Truncate(value))
        {
            problems.Add(new(ReportField.PercentComplete, ReportProblemKind.NotANumber));
            return null;
        }
        if (value is < 0 or > 100)
        {
            problems.Add(new(ReportField.PercentComplete, ReportProblemKind.OutOfRange, 100));
            return null;
        }
        if (progress != ReportProgress.InProgress)
        {
            problems.Add(new(ReportField.PercentComplete, ReportProblemKind.OnlyWhileInProgress));
            return null;
        }
        return (int)value;
    }

    private static string? Text(string? raw, ReportField field, int maxLength, List<ReportProblem> problems)
    {
        var text = Trimmed(raw);
        if (text is null) return null;
        if (text.Length <= maxLength) return text;
        problems.Add(new(field, ReportProblemKind.TooLong, maxLength));
        return null;
    }

    private static string? Trimmed(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
}
