using System.Net.Mail;
using DanVanBot.Domain.Roster;
using DanVanBot.Language.Text;
using DanVanBot.Storage.Roster;

namespace DanVanBot.App.Cli;

/// <summary>
/// Reads a roster file: a header with <c>upn</c>, <c>aadObjectId</c> (optional per line when the UPN is given),
/// <c>organisation</c>, <c>unit</c>, <c>role</c> and optionally <c>name</c>; comma or semicolon separated (Excel in
/// Vietnamese settings writes semicolons); UTF-8 with or without BOM. Every problem names its line and column.
/// (A small reader of our own: CsvHelper 34 is a new, different API and the format here is simple.)
/// </summary>
internal static class RosterCsv
{
    private static readonly string[] Required = ["upn", "organisation", "unit", "role"];

    public static (List<RosterImportRow> Rows, List<RosterImportProblem> Problems) Read(TextReader text)
    {
        var rows = new List<RosterImportRow>();
        var problems = new List<RosterImportProblem>();
        using var records = CsvRecords.Read(text).GetEnumerator();
        if (!records.MoveNext())
        {
            problems.Add(new(1, "header", "tệp trống, cần dòng tiêu đề: upn,aadObjectId,organisation,unit,role"));
            return (rows, problems);
        }
        var columns = records.Current.Fields.Select((name, index) => (Name: name.Trim().TrimStart('\uFEFF').ToLowerInvariant(), index))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().index);
        foreach (var missing in Required.Where(r => !columns.ContainsKey(r)))
            problems.Add(new(records.Current.Line, missing, $"thiếu cột “{missing}”"));
        if (problems.Count > 0) return (rows, problems);

        while (records.MoveNext())
        {
            var (line, fields) = (records.Current.Line, records.Current.Fields);
            string? Field(string name) => columns.TryGetValue(name, out var index) && index < fields.Count && !string.IsNullOrWhiteSpace(fields[index])
                ? fields[index].Trim() : null;
            var (upn, aad, organisation, unit, role, name) =
                (Field("upn"), Field("aadobjectid"), Field("organisation"), Field("unit"), Field("role"), Field("name"));
            if (upn is null && aad is null && organisation is null && unit is null && role is null) continue; // a blank line
            var before = problems.Count;
            if (upn is null && aad is null) problems.Add(new(line, "upn", "cần upn hoặc aadObjectId"));
            if (upn is not null && !IsUpn(upn)) problems.Add(new(line, "upn", $"upn “{upn}” không đúng dạng ten@coquan.gov.vn"));
            if (aad is not null && !Guid.TryParseExact(aad, "D", out _)) problems.Add(new(line, "aadObjectId", $"aadObjectId “{aad}” không phải mã GUID"));
            if (organisation is null) problems.Add(new(line, "organisation", "thiếu tên tổ chức"));
            if (unit is null) problems.Add(new(line, "unit", "thiếu tên đơn vị"));
            var parsedRole = RosterRole.Member;
            if (role is null) problems.Add(new(line, "role", "thiếu vai trò"));
            else if (!RosterRoleNames.TryParse(VietnameseText.Fold(role), out parsedRole))
                problems.Add(new(line, "role", $"vai trò “{role}” không có; dùng member, unit-head, coordinator hoặc administrator"));
            if (problems.Count == before) rows.Add(new RosterImportRow(line, upn, aad, name, organisation!, unit!, parsedRole));
        }
        return (rows, problems);
    }

    private static bool IsUpn(string upn) =>
        !upn.Any(char.IsWhiteSpace) && upn.Count(c => c == '@') == 1 && MailAddress.TryCreate(upn, out var address) && address.Address == upn;
}
