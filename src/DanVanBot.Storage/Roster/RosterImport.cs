using DanVanBot.Domain.Roster;

namespace DanVanBot.Storage.Roster;

/// <summary>One data line of a roster file, already checked for form (ids, role names) by the reader.</summary>
public sealed record RosterImportRow(int Line, string? Upn, string? AadObjectId, string? Name, string Organisation, string Unit, RosterRole Role)
{
    public PersonIdentity Identity => new(AadObjectId, Upn, Name);

    /// <summary>How the row names its person in messages: the UPN, else the object id.</summary>
    public string Who => Upn ?? AadObjectId ?? "?";
}

/// <summary>A problem with one line; <see cref="Field"/> is the column it is about.</summary>
public sealed record RosterImportProblem(int Line, string Field, string Message);

public enum RosterChangeKind
{
    AddPerson,
    LinkObjectId,
    Grant,
}

/// <summary>What importing a line does (or would do, in a dry run).</summary>
public sealed record RosterImportChange(int Line, RosterChangeKind Kind, string Description);

public sealed record RosterImportReport(
    IReadOnlyList<RosterImportProblem> Problems,
    IReadOnlyList<RosterImportChange> Changes,
    int UnchangedLines,
    bool Applied);

public sealed record RosterImportOptions(bool DryRun, bool SkipInvalid, string Actor, string? Source);

/// <summary>
/// Applies a roster file: adds people and memberships that are missing, never removes any (revoking is its own
/// command), so importing the same file twice changes nothing. A file with problems changes nothing either,
/// unless the caller asks to skip the bad lines.
/// </summary>
public interface IRosterImporter
{
    Task<RosterImportReport> ImportAsync(
        IReadOnlyList<RosterImportRow> rows, RosterImportOptions options, CancellationToken cancellationToken = default);
}
