namespace DanVanBot.Storage.Roster;

/// <summary>
/// The identity side of a roster import: a person is one object id and one UPN, in the file and in the database.
/// The same person twice with different keys, or the same membership twice, is a problem named by both lines.
/// </summary>
internal sealed class RosterImportCheck(List<PersonEntity> people)
{
    private readonly Dictionary<string, (int Line, string? Other)> byUpn = [];
    private readonly Dictionary<string, (int Line, string? Other)> byAad = [];
    private readonly Dictionary<(string Who, Guid Unit, Domain.Roster.RosterRole Role), int> seen = [];
    private readonly Dictionary<string, PersonEntity> added = [];

    public IEnumerable<RosterImportProblem> Identity(RosterImportRow row, Guid unitId)
    {
        var identity = row.Identity;
        var (upn, aad) = (identity.UpnKey, identity.AadKey);
        if (upn is not null && byUpn.TryGetValue(upn, out var u) && u.Other != aad && u.Other is not null && aad is not null)
            yield return new(row.Line, "aadObjectId", $"trùng người: {upn} đã có ở dòng {u.Line} với aadObjectId {u.Other}");
        if (aad is not null && byAad.TryGetValue(aad, out var a) && a.Other != upn && a.Other is not null && upn is not null)
            yield return new(row.Line, "upn", $"trùng người: aadObjectId {aad} đã có ở dòng {a.Line} với upn {a.Other}");
        var byObjectId = aad is null ? null : people.FirstOrDefault(p => p.AadObjectId == aad);
        var byName = upn is null ? null : people.FirstOrDefault(p => p.Upn == upn);
        if (byObjectId?.Upn is { } storedUpn && upn is not null && storedUpn != upn)
            yield return new(row.Line, "upn", $"aadObjectId {aad} đã thuộc về {storedUpn} trong danh bạ");
        if (byName?.AadObjectId is { } storedAad && aad is not null && storedAad != aad)
            yield return new(row.Line, "aadObjectId", $"{upn} đã có aadObjectId khác ({storedAad}) trong danh bạ");

        var who = aad ?? upn!;
        if (unitId != Guid.Empty && seen.TryGetValue((who, unitId, row.Role), out var first))
            yield return new(row.Line, "upn", $"trùng dòng {first}: cùng người, cùng đơn vị, cùng vai trò");
        else if (unitId != Guid.Empty)
            seen[(who, unitId, row.Role)] = row.Line;
        if (upn is not null) byUpn.TryAdd(upn, (row.Line, aad));
        if (aad is not null) byAad.TryAdd(aad, (row.Line, upn));
    }

    /// <summary>The person the row names (found, linked or new) and what that changes; writes only when <paramref name="apply"/>.</summary>
    public (PersonEntity? Person, List<RosterImportChange> Changes) Resolve(RosterImportRow row, DateTimeOffset now, DanVanDbContext db, bool apply)
    {
        var identity = row.Identity;
        var (upn, aad) = (identity.UpnKey, identity.AadKey);
        var changes = new List<RosterImportChange>();
        var person = (aad is null ? null : people.FirstOrDefault(p => p.AadObjectId == aad))
            ?? (upn is null ? null : people.FirstOrDefault(p => p.Upn == upn))
            ?? (aad is not null && added.TryGetValue(aad, out var a) ? a : null)
            ?? (upn is not null && added.TryGetValue(upn, out var u) ? u : null);
        if (person is null)
        {
            person = new PersonEntity { Id = Guid.NewGuid(), AadObjectId = aad, Upn = upn, DisplayName = row.Name, CreatedAt = now, UpdatedAt = now };
            if (aad is not null) added[aad] = person;
            if (upn is not null) added[upn] = person;
            changes.Add(new(row.Line, RosterChangeKind.AddPerson, $"thêm người {row.Who}"));
            if (apply) db.People.Add(person);
            return (person, changes);
        }
        if (person.AadObjectId is null && aad is not null)
        {
            changes.Add(new(row.Line, RosterChangeKind.LinkObjectId, $"ghi aadObjectId {aad} cho {upn}"));
            person.AadObjectId = aad;
            person.UpdatedAt = now;
        }
        if (person.Upn is null && upn is not null)
        {
            changes.Add(new(row.Line, RosterChangeKind.LinkObjectId, $"ghi upn {upn} cho aadObjectId {aad}"));
            person.Upn = upn;
            person.UpdatedAt = now;
        }
        return (person, changes);
    }
}
