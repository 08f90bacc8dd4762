using System.Text.RegularExpressions;
using DanVanBot.Language.Text;

namespace DanVanBot.Language.Tables;

/// <summary>
/// A table exported one cell per line that has no "TT"/"STT" column: schedules of inspections, citizen receptions or a
/// visiting team's working days ("Thời gian / Đơn vị được kiểm tra / Địa điểm / Thành phần"). Without row numbers two
/// things stand in for them. The header is a run of short column labels (no digits, no "Label: value", no numbering),
/// so that a prose heading or a date does not pass for one; a label whose role the run already has ends it (the first
/// row's cell), unless it repeats the run's first label, a title above the header ("LỊCH LÀM VIỆC" / "NGÀY"). The rows
/// are anchored on their time cell: each line the time column could hold starts a row, which takes the lines before
/// it that belong to the columns before the time column (after a blank line, when blank lines part the rows). Word's
/// merged and empty cells are read back: a part of the day alone ("Chiều") where a time would stand starts a row of
/// the day above it, a month line over dated days is a heading, and a row's blank lines may be its empty cells.
/// </summary>
internal static partial class UnnumberedCellTable
{
    private const int MinLabels = 3;
    // No schedule has more columns than this; a longer run of label-like lines is no header, and bounding it keeps a
    // document of thousands of such lines linear (each line of a label run is tried as a header's start).
    private const int MaxLabels = 12;
    private const int MaxHeaderLines = 3 * MaxLabels;
    private const int MaxLabelWords = 8;
    private const int MinRows = 2;
    private const int SentenceWords = 8;
    private const int MaxDayLines = 3;
    // More empty lines than any row has cells: what a rule or a heading between rows counts as.
    private const int Parted = 1_000;

    /// <summary>The header starting at <paramref name="first"/>: its first line, the labels, and the line after them; null when there is none.</summary>
    public static (int Start, List<string> Labels, int Next)? ReadHeader(IReadOnlyList<string> lines, int first)
    {
        var labels = new List<string>();
        var roles = new List<ColumnRole?>();
        var starts = new List<int>();
        int? titleLine = null;
        var next = first;
        for (; next < lines.Count; next++)
        {
            if (labels.Count > MaxLabels || next - first > MaxHeaderLines) return null;
            var text = lines[next].Trim();
            if (text.Length == 0) continue;
            if (TableLines.Cells(lines[next]) is not null) break;
            var line = next;
            var label = text;
            var role = StrictRole(text);
            if (role is null && IsLabelShaped(text))
            {
                var following = next + 1 < lines.Count ? lines[next + 1].Trim() : string.Empty;
                if (following.Length > 0 && GoesOn(text, following) && StrictRole($"{text} {following}") is { } forward)
                {
                    // A label broken over two lines ("Đơn vị được" / "kiểm tra").
                    (label, role) = ($"{text} {following}", forward);
                    next++;
                }
                else if (labels.Count > 0 && GoesOn(labels[^1], text) && StrictRole($"{labels[^1]} {text}") is { } backward)
                {
                    // The same, the first part a label already ("Thời gian" / "kiểm tra").
                    (labels[^1], roles[^1]) = ($"{labels[^1]} {text}", backward);
                    continue;
                }
                else if (labels.Count > 0 && following.Length > 0 && StrictRole(following) is not null)
                {
                    // Inside the header, a label the vocabulary does not know ("ĐƠN VỊ CHUẨN BỊ"); TryRead bounds how many.
                    labels.Add(text);
                    roles.Add(null);
                    starts.Add(next);
                    continue;
                }
            }
            if (role is null) break;
            if (role is not (ColumnRole.Other or ColumnRole.Note) && roles.Contains(role))
            {
                // A second header row under labels that span columns ("Thời gian" over "Ngày" / "Buổi").
                if (labels.Any(IsSpanningLabel) && SecondRow(lines, next) is { Labels.Count: >= 2 } second)
                {
                    labels = UnderSpanningLabels(labels, second.Labels);
                    roles = labels.Select(l => ColumnLabels.RoleOf(l)).ToList();
                    next = second.Next;
                    break;
                }
                // The role again: the first row has begun, unless the first label was a title over a short run
                // ("LỊCH LÀM VIỆC" / "NGÀY" / …).
                if (roles[0] != role || labels.Count > 2) break;
                titleLine ??= starts[0];
                labels.RemoveAt(0);
                roles.RemoveAt(0);
                starts.RemoveAt(0);
            }
            labels.Add(label);
            roles.Add(role);
            starts.Add(line);
        }
        if (labels.Count < MinLabels || !roles.Contains(ColumnRole.Time)) return null;
        // A title dropped from the run still stands over the header: the table starts there, not a paragraph of its own.
        var start = titleLine ?? starts[0];
        // A second header row that only numbers the columns ("(1)" / "(2)" / …, or "(1) (2) (3)" on one line).
        while (next < lines.Count && (lines[next].Trim().Length == 0 || ColumnNumbers().IsMatch(lines[next].Trim()))) next++;
        return (start, labels, next);
    }

    /// <summary>
    /// "Thời gian", "Thành phần": labels that a two-row header writes over several columns, whose own labels are in
    /// the second row.
    /// </summary>
    private static bool IsSpanningLabel(string label)
    {
        var folded = VietnameseText.Fold(label.Trim());
        return (folded.StartsWith("thoi gian", StringComparison.Ordinal) || folded.StartsWith("thanh phan", StringComparison.Ordinal))
            && folded.Split(' ').Length <= 4;
    }

    /// <summary>The labels of a second header row from <paramref name="first"/> (at most <see cref="MaxLabels"/>), and the line after them.</summary>
    private static (List<string> Labels, int Next)? SecondRow(IReadOnlyList<string> lines, int first)
    {
        var labels = new List<string>();
        var next = first;
        for (; next < lines.Count && labels.Count <= MaxLabels && next - first <= MaxHeaderLines; next++)
        {
            var text = lines[next].Trim();
            if (text.Length == 0) continue;
            if (StrictRole(text) is not null) { labels.Add(text); continue; }
            var following = next + 1 < lines.Count ? lines[next + 1].Trim() : string.Empty;
            if (!IsLabelShaped(text) || following.Length == 0 || !GoesOn(text, following) || StrictRole($"{text} {following}") is null) break;
            labels.Add($"{text} {following}"); // "Đơn vị được" / "giám sát"
            next++;
        }
        return labels.Count <= MaxLabels ? (labels, next) : null;
    }

    /// <summary>
    /// The columns of a two-row header: each spanning label of the first row gives way to the labels under it, the
    /// parts of a time ("Ngày", "Buổi", "Giờ") under "Thời gian", the others under the next; the last takes the rest.
    /// </summary>
    private static List<string> UnderSpanningLabels(List<string> first, List<string> second)
    {
        var columns = new List<string>();
        var spanning = first.Count(IsSpanningLabel);
        var (seen, taken) = (0, 0);
        foreach (var label in first)
        {
            if (!IsSpanningLabel(label)) { columns.Add(label); continue; }
            var overTime = ColumnLabels.RoleOf(label) == ColumnRole.Time;
            var last = ++seen == spanning;
            while (taken < second.Count && (last || IsTimePart(second[taken]) == overTime)) columns.Add(second[taken++]);
        }
        return columns;
    }

    private static bool IsTimePart(string label)
    {
        var folded = VietnameseText.Fold(label.Trim());
        return ColumnLabels.RoleOf(label) == ColumnRole.Time || folded is "buoi" or "gio" or "thu"
            || folded.StartsWith("buoi ", StringComparison.Ordinal) || folded.StartsWith("gio ", StringComparison.Ordinal);
    }

    /// <summary>The rows from <paramref name="firstRowIndex"/> on, anchored on the time column; null when fewer than two rows.</summary>
    public static DocumentTable? Read(IReadOnlyList<string> lines, int headerIndex, int firstRowIndex, IReadOnlyList<TableColumn> columns)
    {
        var roles = columns.Select(c => c.Role).ToList();
        var before = roles.IndexOf(ColumnRole.Time);
        if (before < 0 || roles.Contains(ColumnRole.Number)) return null;
        var after = roles.Count - before - 1;
        // Notes, places, members and partners are often left empty: a row may be complete without them.
        var completeAfter = roles.Skip(before + 1).Count(r => r is not (ColumnRole.Note or ColumnRole.Other or ColumnRole.Partners or ColumnRole.Product));

        var rows = new List<List<(string Text, int Line, bool AfterBlank)>>();
        var rowNumber = 0;
        var pending = new List<(string Text, int Line, bool AfterBlank)>();
        List<(string Text, int Line, bool AfterBlank)>? row = null;
        var sinceAnchor = 0;
        var previousWasTime = false;
        var blank = false;
        // Empty lines since the last piece (a rule or a heading: Parted).
        var emptyLines = 0;
        // A day cell merged over the rows of that day, or a day written across the table over them ("Thứ Hai, ngày
        // 12/10/2026" / "Sáng" … / "Chiều" …): the rows under it carry only the part of the day, where the time stands
        // (in the time column, or in a "Buổi" column right after it), and take the day from the last time cell.
        var partColumn = columns.ToList().FindIndex(c => VietnameseText.Fold(c.Header).StartsWith("buoi", StringComparison.Ordinal));
        var partsFollowDay = partColumn < 0 || partColumn == before + 1;
        string? day = null;
        var dayLines = 0;

        for (var index = firstRowIndex; index < lines.Count; index++)
        {
            var text = VietnameseText.Clean(lines[index]);
            // A rule between rows ("-----") parts them as a blank line does.
            if (text.Length == 0 || RuleLine().IsMatch(text))
            {
                (blank, emptyLines) = (true, text.Length == 0 ? Math.Min(emptyLines + 1, Parted) : Parted);
                continue;
            }
            // "Tháng 7/2026:" over the rows of a month: a heading inside the table, not a row's time.
            if (text.EndsWith(':') && text.Length <= 40 && RowAligner.IsTimeCell(text.TrimEnd(':')))
            {
                (blank, previousWasTime, emptyLines) = (true, false, Parted);
                continue;
            }
            // "Tháng 10/2026" over its days' rows (a month cell merged over them): a heading, as "Tháng 10/2026:" is.
            if (MonthOnly().IsMatch(VietnameseText.Fold(text)) && TableLines.NextNonBlank(lines, index) is var following && following < lines.Count
                && RowAligner.IsTimeCell(VietnameseText.Clean(lines[following])))
            {
                (blank, previousWasTime, emptyLines) = (true, false, Parted);
                continue;
            }
            // "1. Ấp Bình An", "2. Sáng thứ Hai, 14/9": a row number on its first cell's line, when the next number in
            // sequence and its row's time follows; any other numbered paragraph is the text under the table.
            var numbered = InlineNumber().Match(text);
            var startsRow = numbered.Success && int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) == rowNumber + 1
                && TimeFollows(lines, index, numbered.Groups["rest"].Value, before);
            if (startsRow)
            {
                text = numbered.Groups["rest"].Value;
                rowNumber++;
            }
            else if (CellPerLineTable.EndsTable(text) || ProseItem().IsMatch(text)) break;
            var piece = (Text: text, Line: index + 1, AfterBlank: blank || startsRow);
            var isTime = RowAligner.IsTimeCell(text);
            var isPart = !isTime && day is not null && partsFollowDay && RowAligner.IsPartOfDay(text);
            if (isTime && row is not null && previousWasTime && !startsRow)
            {
                row.Add(piece); // a time cell of two lines ("Sáng thứ Ba," / "ngày 14/4/2026")
                // Kept short: a run of thousands of time lines must not make the day a text of thousands of lines.
                if (dayLines++ < MaxDayLines) day = $"{day}\n{text}";
            }
            else if (isTime && row is null)
            {
                row = [.. pending, piece];
                (sinceAnchor, day, dayLines) = (0, text, 1);
            }
            else if (isPart && previousWasTime && partColumn < 0)
            {
                // The day's part right under it, with no column of its own: a second paragraph of the time cell.
                row![^1] = ($"{row[^1].Text}\n{text}", row[^1].Line, row[^1].AfterBlank);
                (previousWasTime, blank, emptyLines) = (false, false, 0);
                continue;
            }
            else if ((isTime || isPart && !previousWasTime) && sinceAnchor >= before + Math.Min(1, after))
            {
                var carried = Carried(row!, sinceAnchor, before, completeAfter);
                row!.RemoveRange(row.Count - carried.Count, carried.Count);
                rows.Add(row);
                if (isTime) (row, sinceAnchor, day, dayLines) = ([.. carried, piece], 0, text, 1);
                // A part of the day alone: the merged day's text is its time cell, or the cell before it in "Buổi"'s.
                else if (partColumn < 0) (row, sinceAnchor) = ([.. carried, ($"{day}\n{text}", piece.Line, piece.AfterBlank)], 0);
                else (row, sinceAnchor) = ([.. carried, (day!, piece.Line, piece.AfterBlank), piece], 1);
                (previousWasTime, blank, emptyLines) = (isTime, false, 0);
                continue;
            }
            else if (row is null)
            {
                // Before the first time cell only the cells before the time column (one of them may take two lines).
                if (pending.Count > before || IsSentence(text)) return null;
                pending.Add(piece);
            }
            else
            {
                // After a complete row: a sentence, or, where blank lines part rows that begin with their time, a blank
                // line and no time after it, is the text under the table.
                var complete = sinceAnchor >= completeAfter;
                // Unless the blank lines are the row's empty cells (an export that writes each empty cell as an empty
                // line): no more of them than the row still lacks cells, and no sentence after them.
                var emptyCells = before == 0 && sinceAnchor + emptyLines < after && !text.EndsWith('.');
                if (complete && (IsSentence(text) || blank && !emptyCells && (before == 0 || text.EndsWith('.')))
                    || sinceAnchor >= after + before + RowAligner.MaxPieces / 4) break;
                row.Add(piece);
                sinceAnchor++;
            }
            previousWasTime = isTime;
            (blank, emptyLines) = (false, 0);
        }
        if (row is not null) rows.Add(row);
        if (rows.Count < MinRows) return null;

        // A row with a line for each column, its time where the time column is, takes them in order ("Khu phố 5" is the
        // place of that reception, not a second receiver); any other row is aligned by content.
        var tableRows = rows
            .Select(r => Positional(lines, r, columns.Count, before) is { } fields
                ? TableRows.FromFields(columns, fields, r.Select(p => p.Line).ToList())
                : TableRows.FromPieces(columns, string.Empty, r.Select(p => p.Text).ToList(), r.Select(p => p.Line).ToList()))
            .OfType<TableRow>()
            .ToList();
        return tableRows.Count(r => !r.IsGroup) >= MinRows ? new DocumentTable(columns, tableRows, headerIndex + 1, rows[^1][^1].Line) : null;
    }

    /// <summary>
    /// The row's cells in column order when its lines say where each stands: a line for each column, or fewer lines
    /// and as many blank lines among them as are missing (an export that writes an empty cell as an empty line); its
    /// time must then stand in the time column. Null for a row to align by content.
    /// </summary>
    private static List<string>? Positional(IReadOnlyList<string> lines, List<(string Text, int Line, bool AfterBlank)> row, int columns, int before)
    {
        var fields = new List<string>(columns);
        for (var index = 0; index < row.Count && fields.Count <= columns; index++)
        {
            if (index > 0 && row.Count < columns)
                for (var line = row[index - 1].Line; line <= row[index].Line - 2 && fields.Count <= columns; line++)
                    if (lines[line].Trim().Length == 0) fields.Add(string.Empty);
            fields.Add(row[index].Text);
        }
        return fields.Count == columns && RowAligner.IsTimeCell(fields[before]) ? fields : null;
    }

    /// <summary>
    /// The lines of the row just read that begin the next one (its cells before the time column): those after the last
    /// blank line when blank lines part the rows, else as many lines as there are such columns.
    /// </summary>
    private static List<(string Text, int Line, bool AfterBlank)> Carried(List<(string Text, int Line, bool AfterBlank)> row, int sinceAnchor, int before, int completeAfter)
    {
        if (before == 0) return [];
        var tail = row.Skip(row.Count - sinceAnchor).ToList();
        var lastBlank = tail.FindLastIndex(p => p.AfterBlank);
        if (lastBlank > 0 && tail.Count - lastBlank <= before + 1) return tail.Skip(lastBlank).ToList();
        // A cell listing several units, one bullet a line ("- Trường Mầm non A" / "- Trạm Y tế"), goes whole.
        var take = Math.Min(before, tail.Count);
        while (take < tail.Count - completeAfter && IsBullet(tail[^take].Text) && IsBullet(tail[^(take + 1)].Text)) take++;
        return tail.Skip(tail.Count - take).ToList();
    }

    private static bool IsBullet(string text) => text.Length > 1 && text[0] is '-' or '+' or '•' && char.IsWhiteSpace(text[1]);

    /// <summary>Whether the row an inline number starts has its time there or within the next <paramref name="before"/> lines (its other cells).</summary>
    public static bool TimeFollows(IReadOnlyList<string> lines, int index, string rest, int before)
    {
        if (RowAligner.IsTimeCell(rest)) return true;
        for (int next = index + 1, seen = 0; next < lines.Count && seen < before; next++)
        {
            var text = VietnameseText.Clean(lines[next]);
            if (text.Length == 0) continue;
            if (RowAligner.IsTimeCell(text)) return true;
            seen++;
        }
        return false;
    }

    /// <summary>The role of a line that is shaped like a column label and reads as one, or null.</summary>
    private static ColumnRole? StrictRole(string text) => IsLabelShaped(text) ? ColumnLabels.RoleOf(text) : null;

    /// <summary>
    /// Short, without digits (a date, a year, a numbered heading), not "Label: value", not a bullet or numbered item,
    /// not ending as a sentence or an introduction does.
    /// </summary>
    private static bool IsLabelShaped(string text) =>
        text.Length <= 80
        && !text.Any(char.IsDigit)
        && !text.Contains(':', StringComparison.Ordinal)
        && !text.EndsWith('.') && !text.EndsWith(';') && !text.EndsWith(',')
        && !ItemStart().IsMatch(text)
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords;

    /// <summary>The second line of a broken label goes on in lower case, or in capitals under a label in capitals.</summary>
    private static bool GoesOn(string first, string second) =>
        char.IsLower(second[0]) || AllCapitals(first) && AllCapitals(second);

    private static bool AllCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>A long line ending as a sentence does: the text under the table, not a cell.</summary>
    private static bool IsSentence(string text) =>
        (text.EndsWith('.') || text.EndsWith(':')) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= SentenceWords;

    // "- ", "+ ", "a) ", "IV. ": a list item or a heading, never a header label.
    [GeneratedRegex(@"^(?:[\-+•*]|[a-zđ]\)|[IVX]{1,5}\.)\s?", RegexOptions.CultureInvariant)]
    private static partial Regex ItemStart();

    [GeneratedRegex(@"^thang \d{1,2}(?: ?/ ?\d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthOnly();

    [GeneratedRegex(@"^(?:\(\d{1,2}\)\s*)+$")]
    private static partial Regex ColumnNumbers();

    [GeneratedRegex(@"^[\-_=*.–—]{3,}$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^(?<n>\d{1,2})[.)]\s+(?<rest>\p{L}.*)$")]
    private static partial Regex InlineNumber();

    // "3. Các đơn vị được kiểm tra…", "b) Văn phòng…": a numbered paragraph under the table (the table has no numbers).
    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[a-zđ]\))\s+\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ProseItem();
}
