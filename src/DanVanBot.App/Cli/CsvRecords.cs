using System.Text;

namespace DanVanBot.App.Cli;

/// <summary>One CSV record and the file line it starts on (a quoted field may span lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// A small RFC 4180 reader: fields separated by the header line's separator (comma, semicolon or tab: Excel in
/// Vietnamese settings writes semicolons), double-quoted fields with "" for a quote and line breaks inside.
/// </summary>
internal static class CsvRecords
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var text = reader.ReadToEnd();
        var separator = DetectSeparator(text);
        var fields = new List<string>();
        var field = new StringBuilder();
        var (line, start, quoted, atFieldStart) = (1, 1, false, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            if (c == '"' && atFieldStart) { quoted = true; atFieldStart = false; continue; }
            if (c == separator) { fields.Add(field.ToString()); field.Clear(); atFieldStart = true; continue; }
            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString());
                yield return new CsvRecord(start, fields.ToList());
                (fields, line, atFieldStart) = ([], line + 1, true);
                field.Clear();
                start = line;
                continue;
            }
            field.Append(c);
            atFieldStart = false;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields);
        }
    }

    private static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return new[] { ',', ';', '\t' }.OrderByDescending(s => header.Count(c => c == s)).First();
    }
}
